using System;
using Spawn.Pricing;
using Xunit;

namespace Spawn.Tests.Pricing
{
    public sealed class PriceListProductTests
    {
        [Fact]
        public void ReadsTheOnDemandRate_NotTheReservedOne_WithUnitAndPublicationDate()
        {
            var product = PriceListProduct.Parse(PriceListDocuments.Compute("t3.micro", "eu-west-1", "0.0114000000"));

            Assert.Equal(0.0114m, product.OnDemandUsd);
            Assert.Equal("Hrs", product.Unit);
            Assert.Equal(new DateTime(2026, 11, 20, 18, 3, 11, DateTimeKind.Utc), product.Published);
            Assert.Equal(DateTimeKind.Utc, product.Published!.Value.Kind);
            Assert.Equal("t3.micro", product.Attributes["instanceType"]);
        }

        [Fact]
        public void AFreeOrMissingOnDemandRateIsNoPrice()
        {
            var free = PriceListDocuments.Compute("t3.micro", "eu-west-1", "0.0000000000");
            Assert.Null(PriceListProduct.Parse(free).OnDemandUsd);
            Assert.Null(PriceListProduct.Parse("{\"product\":{\"attributes\":{}},\"terms\":{}}").OnDemandUsd);
        }

        [Fact]
        public void SeveralOnDemandRates_AreNoSinglePrice()
        {
            var document = PriceListDocuments.Compute("t3.micro", "eu-west-1", "0.0114000000")
                .Replace("\"priceDimensions\":{", "\"priceDimensions\":{\"TIER2\":{\"unit\":\"Hrs\",\"pricePerUnit\":{\"USD\":\"0.005\"}},");
            Assert.Null(PriceListProduct.Parse(document).OnDemandUsd);
        }

        [Fact]
        public void NotJson_IsAFormatException()
        {
            Assert.Throws<FormatException>(() => PriceListProduct.Parse("<html>proxy error</html>"));
        }
    }
}
