using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spawn.Audit;

namespace Spawn.Alerts
{
    /// <summary>
    /// The audit (Invoke-SpawnAudit's engine, run once per check pass) has a Fail finding on the instance at or above a
    /// severity. Only findings whose resource is the instance itself count: a finding does not link the volumes, groups or
    /// roles attached to an instance. When the audit could not read what the instance's checks need (Error findings, or no
    /// result at all) the condition is undecided: the check reports Unknown and never clears what fired.
    /// </summary>
    public sealed class AuditFindingCondition : AlertCondition
    {
        public AuditFindingCondition(AuditSeverity threshold)
        {
            if (threshold < AuditSeverity.Low || threshold > AuditSeverity.Critical)
            {
                throw new SpawnValidationException("AlertThresholdInvalid",
                    $"The AuditFinding severity must be Low, Medium, High or Critical; it was {threshold}.");
            }
            Threshold = threshold;
        }

        public AuditSeverity Threshold { get; }
        public override string Kind => "AuditFinding";

        /// <summary>Stored as the severity's rank (Low 1, Medium 2, High 3, Critical 4).</summary>
        public override double? Value => (int)Threshold;

        public override bool NeedsAudit => true;

        public override string Describe() => "an audit finding at or above " + Threshold;

        public override string? Undecided(AlertSubject subject)
        {
            var audit = subject.Audit;
            if (audit == null)
            {
                return "the audit did not run for this instance";
            }
            if (Failing(audit).Any())
            {
                return null;
            }
            if (audit.Unavailable != null)
            {
                return "the audit could not be completed: " + audit.Unavailable;
            }
            if (audit.ErrorCheckIds.Count > 0)
            {
                return "the audit could not read the data of " + string.Join(", ", audit.ErrorCheckIds) + " for this instance";
            }
            return audit.Evaluated ? null : "the audit returned no result for this instance";
        }

        public override string? Evaluate(AlertSubject subject, DateTime now)
        {
            if (subject.Audit == null)
            {
                return null;
            }
            var failing = Failing(subject.Audit).ToList();
            if (failing.Count == 0)
            {
                return null;
            }
            var checks = failing.OrderByDescending(f => f.Severity).ThenBy(f => f.CheckId, StringComparer.Ordinal)
                .Select(f => f.CheckId + " (" + f.Severity + ")").Distinct();
            return string.Format(CultureInfo.InvariantCulture, "{0} failing audit check(s) at or above {1}: {2}",
                failing.Select(f => f.CheckId).Distinct().Count(), Threshold, string.Join(", ", checks));
        }

        private IEnumerable<(string CheckId, AuditSeverity Severity)> Failing(AlertAudit audit) =>
            audit.Failing.Where(f => f.Severity >= Threshold);
    }

    /// <summary>What the audit found for one instance: its failing checks (id and effective severity), and what it could not read.</summary>
    public sealed class AlertAudit
    {
        public List<(string CheckId, AuditSeverity Severity)> Failing { get; } = new List<(string, AuditSeverity)>();

        /// <summary>Check ids with an Error result for the instance (or for its region's instance list).</summary>
        public SortedSet<string> ErrorCheckIds { get; } = new SortedSet<string>(StringComparer.Ordinal);

        /// <summary>Some result (Pass, Fail, ...) was returned for the instance.</summary>
        public bool Evaluated { get; set; }

        /// <summary>Why the whole audit failed, when it did (the error id and message, no evidence).</summary>
        public string? Unavailable { get; set; }
    }
}
