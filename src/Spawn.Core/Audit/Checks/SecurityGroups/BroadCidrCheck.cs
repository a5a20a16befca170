using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Amazon.EC2.Model;
using Spawn.Audit.Network;

namespace Spawn.Audit.Checks.SecurityGroups
{
    /// <summary>SPAWN-SG-005: public sources broader than /24 (IPv4) or /48 (IPv6), and split-CIDR equivalents of /0.</summary>
    public sealed class BroadCidrCheck : SecurityGroupCheck
    {
        public const int MaxIpv4Prefix = 24;
        public const int MaxIpv6Prefix = 48;

        public override string Id => "SPAWN-SG-005";

        protected override CheckResult Evaluate(NetworkView view, SecurityGroup group, AuditResource resource)
        {
            var rules = IngressRule.Of(group).Where(r => r.Cidr != null && !r.Cidr.IsAll).ToList();
            var hits = rules.Where(r => IsBroadPublic(r.Cidr!)).Select(r => r.ToString()).ToList();
            var v4 = AddressSet.Of(AddressFamily.IPv4, rules.Select(r => r.Cidr!)).Intersect(InternetSpace.IPv4);
            var hasWorldRule = IngressRule.Of(group).Any(r => r.Cidr != null && r.Cidr.IsAll);
            if (!hasWorldRule && v4.Size * 2 >= InternetSpace.IPv4.Size)
            {
                var percent = (double)(v4.Size * 1000 / InternetSpace.IPv4.Size) / 10;
                hits.Insert(0, $"sources together cover {percent:0.#}% of public IPv4 space (split-CIDR equivalent of 0.0.0.0/0)");
            }
            return Verdict(resource, hits, null, "Overly broad public sources", "No public source is broader than /24 (IPv4) or /48 (IPv6).");
        }

        private static bool IsBroadPublic(Cidr cidr) =>
            cidr.PrefixLength < (cidr.Family == AddressFamily.IPv4 ? MaxIpv4Prefix : MaxIpv6Prefix)
            && !AddressSet.Of(cidr).Intersect(InternetSpace.For(cidr.Family)).IsEmpty;
    }
}
