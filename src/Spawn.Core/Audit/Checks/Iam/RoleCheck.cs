using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;
using Spawn.Audit.Policies;

namespace Spawn.Audit.Checks.Iam
{
    /// <summary>A check with one result per IAM role carried by an in-scope instance.</summary>
    public abstract class RoleCheck : IAuditCheck
    {
        public abstract string Id { get; }

        public virtual IReadOnlyList<AuditApi> Needs => new[]
        {
            AuditApis.GetInstanceProfile, AuditApis.ListRolePolicies, AuditApis.GetRolePolicy, AuditApis.ListAttachedRolePolicies,
            AuditApis.GetPolicy, AuditApis.GetPolicyVersion,
        };

        public IEnumerable<CheckResult> Evaluate(AuditInventory inventory)
        {
            var seen = new HashSet<string>();
            foreach (var entry in inventory.Roles.OrderBy(r => r.Key, System.StringComparer.Ordinal))
            {
                if (!entry.Value.Ok)
                {
                    yield return CheckResult.Error(new AuditResource
                    {
                        Arn = entry.Key, Id = entry.Key.Split('/').Last(), Type = "AWS::IAM::InstanceProfile", AccountId = inventory.AccountId, Region = "global",
                    }, entry.Value.Error!);
                    continue;
                }
                var role = entry.Value.Value.Role;
                if (role == null || !seen.Add(role.Arn))
                {
                    continue; // no role: SPAWN-EC2-006 reports it; a role in two profiles is judged once
                }
                var resource = ResourceRef.Role(inventory, role.Arn, role.RoleName);
                var analysis = new RolePolicyAnalysis(entry.Value.Value);
                yield return Evaluate(entry.Value.Value, analysis, resource);
            }
        }

        protected abstract CheckResult Evaluate(InstanceRole role, RolePolicyAnalysis analysis, AuditResource resource);

        /// <summary>Fail on findings; without findings, Error if a policy was unreadable (never a blind Pass).</summary>
        protected static CheckResult Verdict(AuditResource resource, RolePolicyAnalysis analysis, IReadOnlyList<string> findings, string failReason, string passReason)
        {
            if (findings.Count > 0)
            {
                return CheckResult.Fail(resource, failReason + ": " + string.Join("; ", findings.Take(3)) + (findings.Count > 3 ? "; ..." : "") + ".",
                    new Dictionary<string, string> { ["Grants"] = string.Join("; ", findings) });
            }
            return analysis.Unreadable.Count > 0 ? CheckResult.Error(resource, analysis.Unreadable[0]) : CheckResult.Pass(resource, passReason);
        }
    }
}
