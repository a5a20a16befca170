using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Spawn.Alerts
{
    /// <summary>
    /// The on-demand prices shipped inside the engine (Alerts/Prices/prices.json), with the date they were taken.
    /// Spawn has no Pricing API client; a dated table keeps estimates reproducible and offline, and the date is
    /// shown with every estimate so a stale table is visible.
    /// </summary>
    public sealed class PriceTable
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

        public decimal? Hourly(string region, string instanceType) => Price(region, "hourly", instanceType);

        public decimal? StorageGbMonth(string region, string volumeType) => Price(region, "ebsGbMonth", volumeType);

        private decimal? Price(string region, string table, string key)
        {
            if (!_regions.TryGetValue(region, out var prices))
            {
                return null;
            }
            if (prices.TryGetProperty("sameAs", out var other))
            {
                return Price(other.GetString() ?? "", table, key);
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

        internal static string Usd(decimal amount) => "$" + amount.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
