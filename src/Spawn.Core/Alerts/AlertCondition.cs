using System;

namespace Spawn.Alerts
{
    /// <summary>
    /// One thing that makes an alert fire for an instance. A new condition is a subclass plus a line in
    /// <see cref="AlertConditions.Create"/>; it is stored as its <see cref="Kind"/> and <see cref="Value"/>.
    /// </summary>
    public abstract class AlertCondition
    {
        /// <summary>The stable name, stored and shown (CostAbove, PastTtl, OlderThan, AuditFinding).</summary>
        public abstract string Kind { get; }

        /// <summary>The threshold, for conditions that have one.</summary>
        public virtual double? Value => null;

        public abstract string Describe();

        /// <summary>The condition needs the audit's findings (<see cref="AlertSubject.Audit"/>); the checker runs it once per pass.</summary>
        public virtual bool NeedsAudit => false;

        /// <summary>
        /// Why the condition cannot be decided for this instance now (its data could not be read), or null when it can.
        /// An undecided condition is reported as Unknown and neither fires nor clears.
        /// </summary>
        public virtual string? Undecided(AlertSubject subject) => null;

        /// <summary>Why the condition holds for this instance now, or null when it does not.</summary>
        public abstract string? Evaluate(AlertSubject subject, DateTime now);
    }
}
