using System.Collections.Generic;
using System.Text.Json;

namespace Spawn.Tests.Pricing
{
    /// <summary>
    /// Price list documents shaped as GetProducts returns them (product attributes, OnDemand and Reserved terms,
    /// publication date), for the local Pricing API stand-in: moto does not serve the Pricing API.
    /// </summary>
    internal static class PriceListDocuments
    {
        public static string Compute(string instanceType, string region, string usdPerHour, string published = "2026-11-20T18:03:11Z") =>
            Document("Compute Instance", new Dictionary<string, string>
            {
                ["instanceType"] = instanceType, ["regionCode"] = region, ["operatingSystem"] = "Linux", ["tenancy"] = "Shared",
                ["preInstalledSw"] = "NA", ["licenseModel"] = "No License required", ["capacitystatus"] = "Used",
                ["operation"] = "RunInstances", ["usagetype"] = "BoxUsage:" + instanceType, ["servicecode"] = "AmazonEC2",
            }, "Hrs", usdPerHour, published);

        public static string Storage(string volumeApiName, string region, string usdPerGbMonth, string published = "2026-11-20T18:03:11Z") =>
            Document("Storage", new Dictionary<string, string>
            {
                ["volumeApiName"] = volumeApiName, ["regionCode"] = region, ["storageMedia"] = "SSD-backed",
                ["usagetype"] = "EBS:VolumeUsage." + volumeApiName, ["servicecode"] = "AmazonEC2",
            }, "GB-Mo", usdPerGbMonth, published);

        /// <summary>A GetProducts answer: each document as a JSON string, as the API sends them.</summary>
        public static string Page(string? nextToken, params string[] documents)
        {
            var page = new Dictionary<string, object> { ["FormatVersion"] = "aws_v1", ["PriceList"] = documents };
            if (nextToken != null)
            {
                page["NextToken"] = nextToken;
            }
            return JsonSerializer.Serialize(page);
        }

        private static string Document(string family, Dictionary<string, string> attributes, string unit, string usd, string published)
        {
            const string sku = "JRTCKXETXF6YS6EN2C";
            var document = new Dictionary<string, object>
            {
                ["product"] = new Dictionary<string, object> { ["productFamily"] = family, ["attributes"] = attributes, ["sku"] = sku },
                ["serviceCode"] = "AmazonEC2",
                ["terms"] = new Dictionary<string, object>
                {
                    ["OnDemand"] = new Dictionary<string, object>
                    {
                        [sku + ".JRTCKXETXF"] = new Dictionary<string, object>
                        {
                            ["priceDimensions"] = new Dictionary<string, object>
                            {
                                [sku + ".JRTCKXETXF.6YS6EN2CT7"] = new Dictionary<string, object>
                                {
                                    ["unit"] = unit,
                                    ["endRange"] = "Inf",
                                    ["description"] = "$" + usd + " per " + unit,
                                    ["appliesTo"] = new string[0],
                                    ["rateCode"] = sku + ".JRTCKXETXF.6YS6EN2CT7",
                                    ["beginRange"] = "0",
                                    ["pricePerUnit"] = new Dictionary<string, string> { ["USD"] = usd },
                                },
                            },
                            ["sku"] = sku,
                            ["effectiveDate"] = "2026-11-01T00:00:00Z",
                            ["offerTermCode"] = "JRTCKXETXF",
                            ["termAttributes"] = new Dictionary<string, string>(),
                        },
                    },
                    // Reserved rates are cheaper and must not be taken for on-demand ones.
                    ["Reserved"] = new Dictionary<string, object>
                    {
                        [sku + ".4NA7Y494T4"] = new Dictionary<string, object>
                        {
                            ["priceDimensions"] = new Dictionary<string, object>
                            {
                                [sku + ".4NA7Y494T4.6YS6EN2CT7"] = new Dictionary<string, object>
                                {
                                    ["unit"] = unit,
                                    ["pricePerUnit"] = new Dictionary<string, string> { ["USD"] = "0.0010000000" },
                                },
                            },
                        },
                    },
                },
                ["version"] = "20261120180311",
                ["publicationDate"] = published,
            };
            return JsonSerializer.Serialize(document);
        }
    }
}
