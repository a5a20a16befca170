using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-015: not in the VPC's default security group, not in a default VPC.</summary>
    public sealed class DefaultNetworkCheck : InstanceCheck
    {
        public override string Id => "SPAWN-EC2-015";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.DescribeVpcs };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            var problems = new List<string>();
            var defaultGroups = (instance.SecurityGroups ?? new List<GroupIdentifier>()).Where(g => g.GroupName == "default").Select(g => g.GroupId).ToList();
            if (defaultGroups.Count > 0)
            {
                problems.Add("uses the default security group " + string.Join(", ", defaultGroups));
            }
            if (region.Vpcs.Value.Any(v => v.VpcId == instance.VpcId && v.IsDefault == true))
            {
                problems.Add("runs in the default VPC " + instance.VpcId);
            }
            var evidence = new Dictionary<string, string> { ["VpcId"] = instance.VpcId ?? "", ["SubnetId"] = instance.SubnetId ?? "" };
            return problems.Count == 0
                ? CheckResult.Pass(resource, "Own security group, non-default VPC.", evidence)
                : CheckResult.Fail(resource, "The instance " + string.Join(" and ", problems) + ".", evidence);
        }
    }
}
