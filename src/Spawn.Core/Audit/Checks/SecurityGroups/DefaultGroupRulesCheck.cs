using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.SecurityGroups
{
    /// <summary>SPAWN-SG-007: the default group of every VPC hosting managed instances has no rules.</summary>
    public sealed class DefaultGroupRulesCheck : RegionCheck
    {
        public override string Id => "SPAWN-SG-007";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.DescribeSecurityGroups };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            var vpcs = new HashSet<string>(region.Instances.Value.Select(i => i.VpcId).Where(v => v != null));
            foreach (var group in region.SecurityGroups.Value.Where(g => g.GroupName == "default" && vpcs.Contains(g.VpcId)))
            {
                var ingress = (group.IpPermissions ?? new List<IpPermission>()).Count;
                var egress = (group.IpPermissionsEgress ?? new List<IpPermission>()).Count;
                var evidence = new Dictionary<string, string>
                {
                    ["IngressPermissions"] = ingress.ToString(CultureInfo.InvariantCulture),
                    ["EgressPermissions"] = egress.ToString(CultureInfo.InvariantCulture),
                };
                var resource = ResourceRef.SecurityGroup(region, group);
                yield return ingress + egress == 0
                    ? CheckResult.Pass(resource, "The default security group has no rules.", evidence)
                    : CheckResult.Fail(resource, $"The default security group of {group.VpcId} has {ingress} ingress and {egress} egress permission(s).", evidence);
            }
        }
    }
}
