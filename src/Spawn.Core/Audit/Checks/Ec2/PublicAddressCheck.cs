using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Audit.Network;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-003: no public IPv4 and no global IPv6 on any interface.</summary>
    public sealed class PublicAddressCheck : InstanceCheck
    {
        public override string Id => "SPAWN-EC2-003";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            var enis = instance.NetworkInterfaces ?? new List<InstanceNetworkInterface>();
            var v4 = enis.Select(n => n.Association?.PublicIp).Append(instance.PublicIpAddress).Where(InternetSpace.IsPublic).Distinct().ToList();
            var v6 = enis.SelectMany(n => n.Ipv6Addresses ?? new List<InstanceIpv6Address>()).Select(a => a.Ipv6Address)
                .Append(instance.Ipv6Address).Where(InternetSpace.IsPublic).Distinct().ToList();
            if (v4.Count == 0 && v6.Count == 0)
            {
                return CheckResult.Pass(resource, "No public IPv4 and no global IPv6 address.");
            }
            var evidence = new Dictionary<string, string>();
            if (v4.Count > 0) evidence["PublicIpv4"] = string.Join(", ", v4);
            if (v6.Count > 0) evidence["GlobalIpv6"] = string.Join(", ", v6);
            return CheckResult.Fail(resource, "The instance has a public address: " + string.Join(", ", v4.Concat(v6)) + ".", evidence);
        }
    }
}
