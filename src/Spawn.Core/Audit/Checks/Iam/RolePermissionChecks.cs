using System.Collections.Generic;
using Spawn.Audit.Inventory;
using Spawn.Audit.Policies;

namespace Spawn.Audit.Checks.Iam
{
    /// <summary>SPAWN-IAM-001: no administrative privileges.</summary>
    public sealed class AdminRoleCheck : RoleCheck
    {
        public override string Id => "SPAWN-IAM-001";

        protected override CheckResult Evaluate(InstanceRole role, RolePolicyAnalysis analysis, AuditResource resource) =>
            Verdict(resource, analysis, analysis.AdminGrants, "The instance role is administrative", "No administrative grants.");
    }

    /// <summary>SPAWN-IAM-002: no privilege-escalation actions.</summary>
    public sealed class EscalationCheck : RoleCheck
    {
        public override string Id => "SPAWN-IAM-002";

        protected override CheckResult Evaluate(InstanceRole role, RolePolicyAnalysis analysis, AuditResource resource) =>
            Verdict(resource, analysis, analysis.Escalations, "The instance role can escalate privileges", "No known escalation path.");
    }

    /// <summary>SPAWN-IAM-003: ABAC conditions cannot be bypassed by re-tagging.</summary>
    public sealed class TagTamperingCheck : RoleCheck
    {
        public override string Id => "SPAWN-IAM-003";

        protected override CheckResult Evaluate(InstanceRole role, RolePolicyAnalysis analysis, AuditResource resource) =>
            Verdict(resource, analysis, analysis.TagTampering == null ? new List<string>() : new List<string> { analysis.TagTampering },
                "The role can re-tag resources to satisfy its own tag conditions", "Tag conditions cannot be subverted by the role.");
    }

    /// <summary>SPAWN-IAM-005: no wildcard access to secrets and keys.</summary>
    public sealed class SecretAccessCheck : RoleCheck
    {
        public override string Id => "SPAWN-IAM-005";

        protected override CheckResult Evaluate(InstanceRole role, RolePolicyAnalysis analysis, AuditResource resource) =>
            Verdict(resource, analysis, analysis.SecretAccess, "Wildcard access to secrets or keys", "Secret and key access is scoped.");
    }
}
