using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Spawn.Alerts
{
    /// <summary>
    /// An instance's estimated accumulated cost: compute (accumulated run hours × the hourly price, see
    /// <see cref="AlertSubject.RunHours"/>) plus EBS storage (GiB × the GB-month price × months since spawn:created,
    /// counted in every state).
    /// All prices of one estimate come from one price list.
    /// </summary>
    public sealed class CostEstimate
    {
        private const double HoursPerMonth = 730; // AWS's billing month

        private CostEstimate(decimal total, string detail, SpawnPriceSource source, string pricesAsOf)
        {
            Total = total;
            Detail = detail;
            Source = source;
            PricesAsOf = pricesAsOf;
        }

        public decimal Total { get; }
        public string Detail { get; }

        /// <summary>PricingApi or PriceTable.</summary>
        public SpawnPriceSource Source { get; }

        /// <summary>The oldest date among the prices used (yyyy-MM-dd).</summary>
        public string PricesAsOf { get; }

        /// <param name="hourly">The instance type's hourly price.</param>
        /// <param name="storage">The GB-month price of each of the subject's volume types.</param>
        internal static CostEstimate From(AlertSubject subject, Price hourly, IReadOnlyDictionary<string, Price> storage, DateTime now)
        {
            var runHours = subject.RunHours(now, out _);
            var compute = hourly.Amount * (decimal)runHours;
            var months = subject.Created.HasValue ? Math.Max(0, (now - subject.Created.Value).TotalHours) / HoursPerMonth : 0;
            var stored = subject.Volumes.Sum(v => storage[v.Type].Amount * v.SizeGiB * (decimal)months);
            var asOf = new[] { hourly.AsOf }.Concat(storage.Values.Select(p => p.AsOf)).OrderBy(d => d, StringComparer.Ordinal).First();
            var detail = string.Format(CultureInfo.InvariantCulture,
                "{0} = {1} × {2:0.0} h at ${3:0.00######}/h + {4} GiB EBS {5} (prices: {6}, {7})",
                Price.Usd(compute + stored), subject.InstanceType, runHours, hourly.Amount, subject.Volumes.Sum(v => v.SizeGiB),
                Price.Usd(stored), hourly.Source == SpawnPriceSource.PricingApi ? "AWS Pricing API" : "Spawn's price table", asOf);
            return new CostEstimate(compute + stored, detail, hourly.Source, asOf);
        }
    }
}
