using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-016: subnets hosting managed instances do not hand out public addresses on launch.</summary>
    public sealed class SubnetAutoAssignCheck : RegionCheck
    {
        public override string Id => "SPAWN-EC2-016";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.DescribeSubnets };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            var used = new HashSet<string>(region.Instances.Value.Select(i => i.SubnetId).Where(s => s != null));
            foreach (var subnet in region.Subnets.Value.Where(s => used.Contains(s.SubnetId)))
            {
                var resource = ResourceRef.Subnet(region, subnet);
                var evidence = new Dictionary<string, string>
                {
                    ["MapPublicIpOnLaunch"] = (subnet.MapPublicIpOnLaunch == true).ToString(),
                    ["AssignIpv6AddressOnCreation"] = (subnet.AssignIpv6AddressOnCreation == true).ToString(),
                };
                yield return subnet.MapPublicIpOnLaunch == true || subnet.AssignIpv6AddressOnCreation == true
                    ? CheckResult.Fail(resource, "The subnet assigns public addresses to every instance launched in it.", evidence)
                    : CheckResult.Pass(resource, "The subnet does not assign public addresses on launch.", evidence);
            }
        }
    }
}
