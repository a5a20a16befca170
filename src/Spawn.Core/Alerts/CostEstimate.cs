using System;
using System.Globalization;
using System.Linq;

namespace Spawn.Alerts
{
    /// <summary>
    /// An instance's estimated accumulated cost: compute (hours since the last start × the hourly price, counted
    /// while it runs) plus EBS storage (GiB × the GB-month price × months since spawn:created, counted in every state).
    /// </summary>
    public sealed class CostEstimate
    {
        private const double HoursPerMonth = 730; // AWS's billing month

        private CostEstimate(decimal total, string detail, string pricesAsOf)
        {
            Total = total;
            Detail = detail;
            PricesAsOf = pricesAsOf;
        }

        public decimal Total { get; }
        public string Detail { get; }
        public string PricesAsOf { get; }

        /// <summary>Null when the table has no price for the instance type or a volume type in that region.</summary>
        public static CostEstimate? For(AlertSubject subject, PriceTable prices, DateTime now)
        {
            var hourly = prices.Hourly(subject.Region, subject.InstanceType);
            if (hourly == null)
            {
                return null;
            }
            var runHours = subject.IsRunning && subject.LaunchTime.HasValue ? Math.Max(0, (now - subject.LaunchTime.Value).TotalHours) : 0;
            var compute = hourly.Value * (decimal)runHours;
            var months = subject.Created.HasValue ? Math.Max(0, (now - subject.Created.Value).TotalHours) / HoursPerMonth : 0;
            decimal storage = 0;
            foreach (var (type, size) in subject.Volumes)
            {
                var gbMonth = prices.StorageGbMonth(subject.Region, type);
                if (gbMonth == null)
                {
                    return null;
                }
                storage += gbMonth.Value * size * (decimal)months;
            }
            var gib = subject.Volumes.Sum(v => v.SizeGiB);
            var detail = string.Format(CultureInfo.InvariantCulture,
                "{0} = {1} × {2:0.0} h at {3}/h + {4} GiB EBS {5} (prices as of {6})",
                PriceTable.Usd(compute + storage), subject.InstanceType, runHours, hourly.Value, gib, PriceTable.Usd(storage), prices.AsOf);
            return new CostEstimate(compute + storage, detail, prices.AsOf);
        }
    }
}
