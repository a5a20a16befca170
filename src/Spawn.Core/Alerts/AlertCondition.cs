using System;

namespace Spawn.Alerts
{
    /// <summary>
    /// One thing that makes an alert fire for an instance. A new condition is a subclass plus a line in
    /// <see cref="AlertConditions.Create"/>; it is stored as its <see cref="Kind"/> and <see cref="Value"/>.
    /// </summary>
    public abstract class AlertCondition
    {
        /// <summary>The stable name, stored and shown (CostAbove, PastTtl, OlderThan).</summary>
        public abstract string Kind { get; }

        /// <summary>The threshold, for conditions that have one.</summary>
        public virtual double? Value => null;

        public abstract string Describe();

        /// <summary>Why the condition holds for this instance now, or null when it does not.</summary>
        public abstract string? Evaluate(AlertSubject subject, CostEstimate? cost, DateTime now);
    }
}
