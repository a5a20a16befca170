using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Pricing;

namespace Spawn.Alerts
{
    /// <summary>
    /// On-demand prices from the AWS Pricing API (GetProducts on AmazonEC2), one call per instance type or volume type
    /// and region, remembered for the pass. Linux, shared tenancy, no pre-installed software: what Spawn launches.
    /// Throws when the API cannot be read, so the caller can fall back.
    /// </summary>
    internal sealed class PricingApiPrices : IPriceList
    {
        private readonly AwsContext _context;
        private readonly Dictionary<string, Price?> _known = new Dictionary<string, Price?>(StringComparer.Ordinal);

        public PricingApiPrices(AwsContext context)
        {
            _context = context;
        }

        public string Description => "the AWS Pricing API";

        public Task<Price?> HourlyAsync(string region, string instanceType, CancellationToken cancellationToken) =>
            LookupAsync(region, "Hrs", new Dictionary<string, string>
            {
                ["instanceType"] = instanceType,
                ["operatingSystem"] = "Linux",
                ["tenancy"] = "Shared",
                ["preInstalledSw"] = "NA",
                ["licenseModel"] = "No License required",
                ["capacitystatus"] = "Used",
                ["operation"] = "RunInstances",
            }, cancellationToken);

        public Task<Price?> StorageGbMonthAsync(string region, string volumeType, CancellationToken cancellationToken) =>
            LookupAsync(region, "GB-Mo", new Dictionary<string, string>
            {
                ["productFamily"] = "Storage",
                ["volumeApiName"] = volumeType,
            }, cancellationToken);

        private async Task<Price?> LookupAsync(string region, string unit, Dictionary<string, string> filters, CancellationToken cancellationToken)
        {
            var request = new GetProductsRequest { ServiceCode = "AmazonEC2", MaxResults = 100 };
            foreach (var filter in filters)
            {
                request.Filters[filter.Key] = filter.Value;
            }
            request.Filters["regionCode"] = region;
            var key = string.Join("|", request.Filters.Select(f => f.Key + "=" + f.Value));
            if (_known.TryGetValue(key, out var known))
            {
                return known;
            }
            if (!PricingEndpointProvider.ServesPartitionOf(region))
            {
                throw new SpawnException(PricingUnavailable, SpawnErrorKind.InvalidOperation,
                    $"The AWS Pricing API does not serve the partition of {region}.");
            }
            var products = (await _context.Pricing.GetAllProductsAsync(request, cancellationToken).ConfigureAwait(false))
                .Select(PriceListProduct.Parse)
                .Where(p => p.OnDemandUsd.HasValue && p.Unit == unit)
                .ToList();
            // Several products with different prices would mean the filters do not pin the product down: no guess.
            var price = products.Select(p => p.OnDemandUsd!.Value).Distinct().Count() == 1
                ? new Price(products[0].OnDemandUsd!.Value, SpawnPriceSource.PricingApi,
                    products.Min(p => p.Published)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown date")
                : null;
            _known[key] = price;
            return price;
        }

        internal const string PricingUnavailable = "PricingApiUnavailable";
    }
}
