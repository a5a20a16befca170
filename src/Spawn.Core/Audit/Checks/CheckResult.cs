using System.Collections.Generic;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks
{
    /// <summary>What a check returns for one resource; the runner adds the catalogue data and the lifecycle fields.</summary>
    public sealed class CheckResult
    {
        public CheckResult(AuditResource resource, AuditStatus status, string reason, IDictionary<string, string>? evidence = null)
        {
            Resource = resource;
            Status = status;
            Reason = reason;
            Evidence = evidence ?? new Dictionary<string, string>();
        }

        public AuditResource Resource { get; }
        public AuditStatus Status { get; }
        public string Reason { get; }
        public IDictionary<string, string> Evidence { get; }

        /// <summary>Raised (or lowered) by context, with the reason; null keeps the catalogue severity.</summary>
        public AuditSeverity? EffectiveSeverity { get; private set; }
        public string? SeverityReason { get; private set; }

        /// <summary>Distinguishes several results for one resource (per record, per port); part of the FindingId.</summary>
        public string? SubKey { get; set; }

        public CheckResult WithSeverity(AuditSeverity severity, string reason)
        {
            EffectiveSeverity = severity;
            SeverityReason = reason;
            return this;
        }

        public static CheckResult Pass(AuditResource r, string reason, IDictionary<string, string>? e = null) => new CheckResult(r, AuditStatus.Pass, reason, e);
        public static CheckResult Fail(AuditResource r, string reason, IDictionary<string, string>? e = null) => new CheckResult(r, AuditStatus.Fail, reason, e);
        public static CheckResult Manual(AuditResource r, string reason, IDictionary<string, string>? e = null) => new CheckResult(r, AuditStatus.Manual, reason, e);
        public static CheckResult NotApplicable(AuditResource r, string reason) => new CheckResult(r, AuditStatus.NotApplicable, reason);

        /// <summary>The data could not be read: names the refused IAM action, never passes.</summary>
        public static CheckResult Error(AuditResource r, AuditCollectionError error) => new CheckResult(r, AuditStatus.Error,
            $"Could not evaluate: {error.Action} failed ({error.ErrorId}): {error.Message}",
            new Dictionary<string, string> { ["Action"] = error.Action, ["ErrorId"] = error.ErrorId });
    }
}
