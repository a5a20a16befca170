using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Spawn.Aws;
using Spawn.Pricing;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Pricing
{
    /// <summary>
    /// Spawn's Pricing API client against a local stand-in (moto does not serve the Pricing API: it answers HTTP 500).
    /// The request is compared with the one the AWS CLI sends for the same call, and its signature recomputed.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class PricingClientTests
    {
        private readonly MotoServer _moto;

        public PricingClientTests(MotoServer moto)
        {
            _moto = moto;
        }

        [Fact]
        public async Task GetProducts_SendsWhatTheAwsCliSends_SignedForPricingInUsEast1()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(200, PriceListDocuments.Page(null));
            fake.Answer(200, PriceListDocuments.Page(null, PriceListDocuments.Compute("t3.micro", "eu-west-1", "0.0114000000")));
            AwsCli.RunAt(fake.Endpoint, null, "pricing", "get-products", "--service-code", "AmazonEC2", "--format-version", "aws_v1",
                "--max-results", "100", "--filters", "Type=TERM_MATCH,Field=instanceType,Value=t3.micro",
                "Type=TERM_MATCH,Field=regionCode,Value=eu-west-1", "--no-paginate");
            using var context = TestContext.Split(_moto, AwsService.Pricing, fake.Endpoint, "eu-west-1");
            var request = new GetProductsRequest { ServiceCode = "AmazonEC2", MaxResults = 100 };
            request.Filters["instanceType"] = "t3.micro";
            request.Filters["regionCode"] = "eu-west-1";

            var response = await context.Pricing.GetProductsAsync(request, CancellationToken.None);

            Assert.Equal(0.0114m, PriceListProduct.Parse(Assert.Single(response.PriceList)).OnDemandUsd);
            Assert.Equal("fake-2", response.ResponseMetadata.RequestId);
            var (cli, ours) = (fake.Requests[0], fake.Requests[1]);
            Assert.Equal(("POST", "/"), (ours.Method, ours.Path));
            Assert.Equal("AWSPriceListService.GetProducts", ours.Headers["X-Amz-Target"]);
            Assert.Equal(cli.Headers["X-Amz-Target"], ours.Headers["X-Amz-Target"]);
            Assert.Equal(cli.Headers["Content-Type"], ours.Headers["Content-Type"]);
            Assert.Equal(Canonical(cli.Body), Canonical(ours.Body));
            // Whatever the caller's region, the Pricing API is signed for us-east-1 (as the CLI does from eu-west-1 too).
            SigV4Check.AssertSigned(ours, "us-east-1", "pricing");
        }

        [Fact]
        public async Task GetAllProducts_FollowsNextToken()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(200, PriceListDocuments.Page("page-2", PriceListDocuments.Storage("gp3", "eu-west-1", "0.0880000000")));
            fake.Answer(200, PriceListDocuments.Page(null, PriceListDocuments.Storage("gp2", "eu-west-1", "0.1100000000")));
            using var context = TestContext.Split(_moto, AwsService.Pricing, fake.Endpoint, "eu-west-1");

            var all = await context.Pricing.GetAllProductsAsync(new GetProductsRequest { ServiceCode = "AmazonEC2" }, CancellationToken.None);

            Assert.Equal(new[] { "gp3", "gp2" }, all.Select(d => PriceListProduct.Parse(d).Attributes["volumeApiName"]));
            Assert.Equal(2, fake.Requests.Count);
            using var second = JsonDocument.Parse(fake.Requests[1].Body);
            Assert.Equal("page-2", second.RootElement.GetProperty("NextToken").GetString());
            Assert.False(JsonDocument.Parse(fake.Requests[0].Body).RootElement.TryGetProperty("NextToken", out _));
        }

        [Fact]
        public async Task AnErrorAnswer_IsAnAwsErrorWithItsCode_AndThrottlingIsRetriedOnce()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}");
            fake.Answer(400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}");
            fake.Answer(400, "{\"__type\":\"com.amazonaws.awspricing#AccessDeniedException\",\"Message\":\"not authorized to perform: pricing:GetProducts\"}");
            using var context = TestContext.Split(_moto, AwsService.Pricing, fake.Endpoint, "eu-west-1");
            var request = new GetProductsRequest { ServiceCode = "AmazonEC2" };

            var throttled = await Assert.ThrowsAsync<AwsServiceException>(() => context.Pricing.GetProductsAsync(request, CancellationToken.None));
            Assert.Equal("ThrottlingException", throttled.Code);
            Assert.Equal(2, fake.Requests.Count); // one retry: prices are optional, a check does not wait on them
            var denied = await Assert.ThrowsAsync<AwsServiceException>(() => context.Pricing.GetProductsAsync(request, CancellationToken.None));
            Assert.Equal("AccessDeniedException", denied.Code);
            Assert.Contains("pricing:GetProducts", denied.Message);
            Assert.Equal("AwsAccessDenied", AwsErrorTranslator.Translate(denied).ErrorId);
            Assert.Equal("AwsThrottled", AwsErrorTranslator.Translate(throttled).ErrorId);
        }

        [Theory]
        [InlineData("eu-west-1", "https://api.pricing.us-east-1.amazonaws.com", "us-east-1")]
        [InlineData("ap-southeast-2", "https://api.pricing.us-east-1.amazonaws.com", "us-east-1")]
        [InlineData("cn-north-1", "https://api.pricing.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1")]
        public void WithoutAnOverride_ThePartitionsPricingEndpointAnswersForEveryRegion(string region, string url, string signingRegion)
        {
            var config = new PricingConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region) };

            var endpoint = config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new GetProductsRequest()));

            Assert.Equal(url, endpoint.URL);
            var scheme = (PropertyBag)((System.Collections.IList)endpoint.Attributes["authSchemes"])[0]!;
            Assert.Equal("pricing", scheme["signingName"]);
            Assert.Equal(signingRegion, scheme["signingRegion"]);
        }

        [Fact]
        public void GovCloudHasNoPricingEndpoint()
        {
            var config = new PricingConfig { RegionEndpoint = RegionEndpoint.GetBySystemName("us-gov-west-1") };
            var error = Assert.Throws<AmazonClientException>(() =>
                config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new GetProductsRequest())));
            Assert.Contains("us-gov-west-1", error.Message);
        }

        /// <summary>The body with its properties and filters in a fixed order and no white space, so two senders' JSON compare as text.</summary>
        private static string Canonical(string body)
        {
            using var json = JsonDocument.Parse(body);
            return string.Join("\n", json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p =>
                p.Name == "Filters"
                    ? "Filters=" + string.Join(";", p.Value.EnumerateArray()
                        .Select(f => $"{f.GetProperty("Type")}|{f.GetProperty("Field")}|{f.GetProperty("Value")}").OrderBy(f => f, StringComparer.Ordinal))
                    : p.Name + "=" + JsonSerializer.Serialize(p.Value)));
        }
    }
}
