using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Amazon.EC2.Model;

namespace Spawn.Audit.Network
{
    /// <summary>
    /// One source of one security-group permission, flattened: EC2 packs several CIDRs and prefix lists into an
    /// IpPermission, but each is a separate rule for the reader and for revocation.
    /// </summary>
    public sealed class IngressRule
    {
        public IngressRule(string groupId, string protocol, int? fromPort, int? toPort, Cidr? cidr, string? prefixListId)
        {
            GroupId = groupId;
            Protocol = Protocols.Normalize(protocol);
            FromPort = fromPort;
            ToPort = toPort;
            Cidr = cidr;
            PrefixListId = prefixListId;
        }

        public string GroupId { get; }
        public string Protocol { get; }
        public int? FromPort { get; }
        public int? ToPort { get; }
        public Cidr? Cidr { get; }
        public string? PrefixListId { get; }

        public string Source => Cidr?.Text ?? PrefixListId ?? "";

        public bool Covers(PortProbe probe) => Protocols.Covers(Protocol, FromPort, ToPort, probe.Protocol, probe.Port);

        /// <summary>All ports of all protocols (protocol -1, or TCP and UDP 0-65535 count as all ports of that protocol).</summary>
        public bool IsAllPorts => Protocol == Protocols.All
            || ((Protocol == Protocols.Tcp || Protocol == Protocols.Udp) && (FromPort ?? 0) <= 0 && (ToPort ?? 65535) >= 65535);

        public string Ports => Protocol == Protocols.All ? "all" :
            FromPort == ToPort ? (FromPort ?? 0).ToString(CultureInfo.InvariantCulture) :
            string.Format(CultureInfo.InvariantCulture, "{0}-{1}", FromPort ?? 0, ToPort ?? 65535);

        /// <summary>Readable identity used in evidence: sg-1:tcp:22:0.0.0.0/0.</summary>
        public override string ToString() => GroupId + ":" + Protocols.Name(Protocol) + ":" + Ports + ":" + Source;

        public static IEnumerable<IngressRule> Of(SecurityGroup group) =>
            (group.IpPermissions ?? new List<IpPermission>()).SelectMany(p => Of(group.GroupId, p));

        public static IEnumerable<IngressRule> Of(string groupId, IpPermission p)
        {
            foreach (var r in p.Ipv4Ranges ?? new List<IpRange>())
            {
                if (Network.Cidr.TryParse(r.CidrIp, out var c))
                {
                    yield return new IngressRule(groupId, p.IpProtocol, p.FromPort, p.ToPort, c, null);
                }
            }
            foreach (var r in p.Ipv6Ranges ?? new List<Ipv6Range>())
            {
                if (Network.Cidr.TryParse(r.CidrIpv6, out var c))
                {
                    yield return new IngressRule(groupId, p.IpProtocol, p.FromPort, p.ToPort, c, null);
                }
            }
            foreach (var r in p.PrefixListIds ?? new List<PrefixListId>())
            {
                yield return new IngressRule(groupId, p.IpProtocol, p.FromPort, p.ToPort, null, r.Id);
            }
            // UserIdGroupPairs admit members of other groups: private addresses, never the internet.
        }
    }
}
