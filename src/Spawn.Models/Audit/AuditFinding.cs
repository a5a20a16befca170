using System;
using System.Collections.Generic;

namespace Spawn.Audit
{
    /// <summary>
    /// One check's verdict on one resource. Serialised 1:1 to JSON. Evidence holds observed values, rule ids and
    /// secret fingerprints, never a secret value. Status is never changed by a suppression (Suppressed says so).
    /// </summary>
    public sealed class AuditFinding
    {
        /// <summary>Stable across runs: SHA-256 of check id, resource ARN and sub key (first 32 hex digits).</summary>
        public string FindingId { get; set; } = "";
        public Guid ScanId { get; set; }
        public DateTimeOffset ObservedAt { get; set; }

        public string CheckId { get; set; } = "";
        public string Title { get; set; } = "";
        public string Service { get; set; } = "";

        public AuditStatus Status { get; set; }
        public string StatusReason { get; set; } = "";
        public AuditSeverity Severity { get; set; }
        public AuditSeverity EffectiveSeverity { get; set; }
        public string? SeverityReason { get; set; }

        public IDictionary<string, string> Evidence { get; set; } = new Dictionary<string, string>();

        /// <summary>SHA-256 of the canonical evidence; a change marks the finding Changed in a diff.</summary>
        public string EvidenceHash { get; set; } = "";

        public AuditResource Resource { get; set; } = new AuditResource();

        /// <summary>Framework key (e.g. NIST-800-53-r5) → control ids.</summary>
        public IDictionary<string, string[]> Compliance { get; set; } = new Dictionary<string, string[]>();
        public AuditRemediation Remediation { get; set; } = new AuditRemediation();

        public bool Suppressed { get; set; }
        public AuditSuppression? Suppression { get; set; }

        public AuditChangeType ChangeType { get; set; }
        public AuditStatus? PreviousStatus { get; set; }

        /// <summary>Fail (not suppressed) at or above the run's -FailOnSeverity.</summary>
        public bool IsFailing(AuditSeverity threshold) =>
            Status == AuditStatus.Fail && !Suppressed && EffectiveSeverity >= threshold;
    }
}
