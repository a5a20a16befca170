using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Checks.Iam;
using Spawn.Audit.Inventory;
using Spawn.Audit.Network;
using Spawn.Audit.Policies;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-007: internet-facing (public address with an internet-gateway route) and a privileged role.</summary>
    public sealed class InternetFacingRoleCheck : InstanceCheck
    {
        public override string Id => "SPAWN-EC2-007";
        public override IReadOnlyList<AuditApi> Needs => new[]
        {
            AuditApis.DescribeInstances, AuditApis.DescribeRouteTables, AuditApis.DescribeInternetGateways, AuditApis.GetInstanceProfile,
            AuditApis.GetRolePolicy, AuditApis.GetPolicyVersion,
        };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            var engine = new Reachability(new NetworkView(region));
            if (!engine.IsInternetFacing(instance, out var path))
            {
                return engine.Unresolved.Count > 0 ? CheckResult.Error(resource, engine.Unresolved[0]) : CheckResult.Pass(resource, "The instance is not internet-facing.");
            }
            var role = RoleLookup.For(inventory, instance);
            if (role == null || (role.Ok && role.Value.Role == null))
            {
                return CheckResult.Pass(resource, "Internet-facing, but carries no role.");
            }
            if (!role.Ok)
            {
                return CheckResult.Error(resource, role.Error!);
            }
            var analysis = new RolePolicyAnalysis(role.Value);
            var evidence = new Dictionary<string, string> { ["Exposure"] = path!, ["Role"] = role.Value.Role!.Arn };
            if (analysis.IsPrivileged)
            {
                var grants = analysis.AdminGrants.Concat(analysis.Escalations).Concat(analysis.SecretAccess).Take(5).ToList();
                evidence["Privileges"] = string.Join("; ", grants);
                var result = CheckResult.Fail(resource, "Internet-facing instance with a privileged role: " + grants[0] + ".", evidence);
                return analysis.IsAdmin ? result.WithSeverity(AuditSeverity.Critical, "the role is administrative") : result;
            }
            if (analysis.Unreadable.Count > 0)
            {
                return CheckResult.Error(resource, analysis.Unreadable[0]);
            }
            return CheckResult.Pass(resource, "Internet-facing, but the role has no administrative, escalation or wildcard secret access.", evidence);
        }
    }
}
