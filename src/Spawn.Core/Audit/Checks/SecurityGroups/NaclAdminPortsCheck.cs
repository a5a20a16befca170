using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;
using Spawn.Audit.Network;

namespace Spawn.Audit.Checks.SecurityGroups
{
    /// <summary>SPAWN-NET-001: NACLs of subnets hosting managed instances do not admit internet sources to TCP/UDP 22 and 3389.</summary>
    public sealed class NaclAdminPortsCheck : RegionCheck
    {
        public override string Id => "SPAWN-NET-001";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.DescribeNetworkAcls };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            var view = new NetworkView(region);
            var acls = region.Instances.Value.Select(i => view.NaclFor(i.SubnetId ?? "", i.VpcId ?? "")).Where(a => a != null)
                .GroupBy(a => a!.NetworkAclId).Select(g => g.First()!);
            foreach (var acl in acls)
            {
                var open = new List<string>();
                foreach (var probe in PortProbe.SshRdp)
                {
                    foreach (var family in new[] { AddressFamily.IPv4, AddressFamily.IPv6 })
                    {
                        if (!NaclEvaluation.Admitted(acl, InternetSpace.For(family), probe, out var rule).IsEmpty)
                        {
                            open.Add($"{probe}/{family} (rule {rule})");
                        }
                    }
                }
                var resource = ResourceRef.NetworkAcl(region, acl);
                yield return open.Count == 0
                    ? CheckResult.Pass(resource, "The NACL admits no internet source to 22 or 3389.")
                    : CheckResult.Fail(resource, "The NACL admits internet sources to " + string.Join(", ", open) + ".",
                        new Dictionary<string, string> { ["Admitted"] = string.Join(", ", open) });
            }
        }
    }
}
