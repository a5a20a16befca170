using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;

namespace Spawn.Audit.Network
{
    /// <summary>
    /// Stateless NACL semantics for inbound traffic: entries in ascending rule number, the first entry whose protocol,
    /// port range and CIDR match decides, allow or deny; what no entry matches is denied.
    /// </summary>
    public static class NaclEvaluation
    {
        /// <summary>The part of <paramref name="sources"/> the ACL admits for the probe, and the deciding allow rule (lowest).</summary>
        public static AddressSet Admitted(NetworkAcl acl, AddressSet sources, PortProbe probe, out int? decidingRule)
        {
            decidingRule = null;
            var undecided = sources;
            var allowed = AddressSet.Empty(sources.Family);
            foreach (var entry in (acl.Entries ?? new List<NetworkAclEntry>()).Where(e => e.Egress != true).OrderBy(e => e.RuleNumber ?? int.MaxValue))
            {
                if (undecided.IsEmpty)
                {
                    break;
                }
                if (!Protocols.Covers(entry.Protocol, entry.PortRange?.From, entry.PortRange?.To, probe.Protocol, probe.Port))
                {
                    continue;
                }
                var text = sources.Family == AddressFamily.IPv4 ? entry.CidrBlock : entry.Ipv6CidrBlock;
                if (!Cidr.TryParse(text, out var cidr))
                {
                    continue;
                }
                var matched = undecided.Intersect(AddressSet.Of(cidr!));
                if (matched.IsEmpty)
                {
                    continue;
                }
                decidingRule ??= entry.RuleNumber;
                if (entry.RuleAction?.Value == "allow")
                {
                    allowed = allowed.Union(matched);
                }
                undecided = undecided.Except(matched);
            }
            return allowed;
        }
    }
}
