using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Alerts
{
    /// <summary>
    /// The on-demand prices shipped inside the engine (Alerts/Prices/prices.json), with the date they were taken: the
    /// fallback when the Pricing API cannot answer (no route from a private subnet, no pricing:GetProducts), and the
    /// only source with -PriceSource PriceTable. The date is shown with every estimate so a stale table is visible.
    /// </summary>
    public sealed class PriceTable : IPriceList
    {
        private readonly Dictionary<string, JsonElement> _regions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

        private PriceTable(JsonElement root)
        {
            AsOf = root.GetProperty("asOf").GetString() ?? "";
            foreach (var region in root.GetProperty("regions").EnumerateObject())
            {
                _regions[region.Name] = region.Value;
            }
        }

        public static PriceTable Shipped { get; } = Load();

        /// <summary>The date the prices were taken (yyyy-MM-dd).</summary>
        public string AsOf { get; }

        public string Description => "Spawn's price table of " + AsOf;

        public Task<Price?> HourlyAsync(string region, string instanceType, CancellationToken cancellationToken) =>
            Task.FromResult(Lookup(region, "hourly", instanceType));

        public Task<Price?> StorageGbMonthAsync(string region, string volumeType, CancellationToken cancellationToken) =>
            Task.FromResult(Lookup(region, "ebsGbMonth", volumeType));

        private Price? Lookup(string region, string table, string key)
        {
            var amount = Amount(region, table, key);
            return amount == null ? null : new Price(amount.Value, SpawnPriceSource.PriceTable, AsOf);
        }

        private decimal? Amount(string region, string table, string key)
        {
            if (!_regions.TryGetValue(region, out var prices))
            {
                return null;
            }
            if (prices.TryGetProperty("sameAs", out var other))
            {
                return Amount(other.GetString() ?? "", table, key);
            }
            return prices.TryGetProperty(table, out var values) && values.TryGetProperty(key, out var value)
                ? value.GetDecimal()
                : (decimal?)null;
        }

        private static PriceTable Load()
        {
            using var stream = typeof(PriceTable).Assembly.GetManifestResourceStream("Spawn.Alerts.Prices.json")
                ?? throw new InvalidOperationException("The price table is missing from the Spawn.Core assembly.");
            using var reader = new StreamReader(stream);
            using var document = JsonDocument.Parse(reader.ReadToEnd());
            return new PriceTable(document.RootElement.Clone());
        }
    }
}
