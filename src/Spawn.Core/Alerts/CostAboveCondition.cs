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
        public override string Describe() => "estimated cost above " + Price.Usd(Threshold);

        /// <summary>Without prices the cost is not known, which is not the same as below the threshold.</summary>
        public override string? Undecided(AlertSubject subject) =>
            subject.Cost == null ? subject.CostUnknown ?? "the cost was not estimated" : null;

        public override string? Evaluate(AlertSubject subject, DateTime now) =>
            subject.Cost != null && subject.Cost.Total > Threshold
                ? string.Format(CultureInfo.InvariantCulture, "estimated cost {0} is above {1}", subject.Cost.Detail, Price.Usd(Threshold))
                : null;
    }
}
