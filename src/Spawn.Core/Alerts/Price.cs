using System.Globalization;

namespace Spawn.Alerts
{
    /// <summary>One on-demand USD price (per hour, or per GB-month), where it came from, and the date it was published.</summary>
    public sealed class Price
    {
        public Price(decimal amount, SpawnPriceSource source, string asOf)
        {
            Amount = amount;
            Source = source;
            AsOf = asOf;
        }

        public decimal Amount { get; }

        /// <summary>PricingApi or PriceTable.</summary>
        public SpawnPriceSource Source { get; }

        /// <summary>yyyy-MM-dd.</summary>
        public string AsOf { get; }

        internal static string Usd(decimal amount) => "$" + amount.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
