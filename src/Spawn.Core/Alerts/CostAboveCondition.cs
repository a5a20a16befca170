using System;
using System.Globalization;

namespace Spawn.Alerts
{
    /// <summary>The instance's estimated accumulated cost is above a threshold in USD.</summary>
    public sealed class CostAboveCondition : AlertCondition
    {
        public CostAboveCondition(decimal threshold)
        {
            Threshold = threshold;
        }

        public decimal Threshold { get; }
        public override string Kind => "CostAbove";
        public override double? Value => (double)Threshold;
        public override string Describe() => "estimated cost above " + PriceTable.Usd(Threshold);

        public override string? Evaluate(AlertSubject subject, CostEstimate? cost, DateTime now) =>
            cost != null && cost.Total > Threshold
                ? string.Format(CultureInfo.InvariantCulture, "estimated cost {0} is above {1}", cost.Detail, PriceTable.Usd(Threshold))
                : null;
    }
}
