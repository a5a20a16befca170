using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;

namespace Spawn.Audit.Network
{
    /// <summary>
    /// Effective internet reachability of an instance, per network interface, address family and port: security-group
    /// sources that are public, then the public address, the subnet's route to an attached internet gateway, and the
    /// subnet NACL's inbound first-match. The NACL's outbound rules are not evaluated (a reply blocked there still
    /// leaves the port reported, which errs towards reporting).
    /// </summary>
    public sealed class Reachability
    {
        private readonly NetworkView _view;

        public Reachability(NetworkView view) => _view = view;

        /// <summary>Collection errors met on the way (unreadable prefix lists); a check must not pass when there are any.</summary>
        public List<AuditCollectionError> Unresolved { get; } = new List<AuditCollectionError>();

        public IReadOnlyList<Exposure> Analyse(Instance instance, IEnumerable<PortProbe> probes)
        {
            var result = new List<Exposure>();
            var probeList = probes.ToList();
            foreach (var eni in Interfaces(instance))
            {
                foreach (var family in new[] { AddressFamily.IPv4, AddressFamily.IPv6 })
                {
                    var rules = _view.Ingress(eni.GroupIds).ToList();
                    foreach (var probe in probeList)
                    {
                        var exposure = Probe(eni, family, rules, probe);
                        if (exposure != null)
                        {
                            result.Add(exposure);
                        }
                    }
                }
            }
            return result;
        }

        /// <summary>A public address on an interface whose subnet routes that family's internet to an attached gateway.</summary>
        public bool IsInternetFacing(Instance instance, out string? evidence)
        {
            foreach (var eni in Interfaces(instance))
            {
                foreach (var family in new[] { AddressFamily.IPv4, AddressFamily.IPv6 })
                {
                    var address = eni.Address(family);
                    if (address != null && !Routed(eni, family, InternetSpace.For(family), out var table, out var route).IsEmpty)
                    {
                        evidence = $"{eni.Id} {address} via {table} route {route}";
                        return true;
                    }
                }
            }
            evidence = null;
            return false;
        }

        private Exposure? Probe(Interface eni, AddressFamily family, List<IngressRule> rules, PortProbe probe)
        {
            var admitted = AddressSet.Empty(family);
            IngressRule? first = null;
            foreach (var candidate in rules.Where(r => r.Covers(probe)))
            {
                var sources = _view.Sources(candidate, family, out var error);
                if (sources == null)
                {
                    Unresolved.Add(error!);
                    continue;
                }
                var publicPart = sources.Intersect(InternetSpace.For(family));
                if (!publicPart.IsEmpty)
                {
                    first ??= candidate;
                    admitted = admitted.Union(publicPart);
                }
            }
            if (first == null)
            {
                return null;
            }
            var exposure = new Exposure { Probe = probe, Family = family, NetworkInterfaceId = eni.Id, SecurityGroupRule = first.ToString() };
            exposure.Address = eni.Address(family);
            if (exposure.Address == null)
            {
                exposure.BlockedBy = family == AddressFamily.IPv4 ? "no public IPv4 address" : "no global IPv6 address";
                return exposure;
            }
            var routed = Routed(eni, family, admitted, out var tableId, out var route);
            exposure.RouteTableId = tableId;
            exposure.Route = route;
            if (routed.IsEmpty)
            {
                exposure.BlockedBy = $"no route to an attached internet gateway in {tableId ?? "the subnet's route table"}";
                return exposure;
            }
            var acl = _view.NaclFor(eni.SubnetId, eni.VpcId);
            if (acl == null)
            {
                // Every subnet has a NACL; one missing from the data is assumed open rather than closed.
                exposure.NetworkAclId = "none found (assumed open)";
                exposure.SampleSource = routed.Sample();
                return exposure;
            }
            exposure.NetworkAclId = acl.NetworkAclId;
            var passed = NaclEvaluation.Admitted(acl, routed, probe, out var rule);
            exposure.NetworkAclRule = rule;
            if (passed.IsEmpty)
            {
                exposure.BlockedBy = rule == null ? $"{acl.NetworkAclId} has no inbound rule admitting it" : $"{acl.NetworkAclId} rule {rule} denies it";
                return exposure;
            }
            exposure.SampleSource = passed.Sample();
            return exposure;
        }

        private AddressSet Routed(Interface eni, AddressFamily family, AddressSet sources, out string? tableId, out string? routeText)
        {
            tableId = null;
            routeText = null;
            var table = _view.RouteTableFor(eni.SubnetId, eni.VpcId);
            if (table == null)
            {
                return AddressSet.Empty(family);
            }
            tableId = table.RouteTableId;
            var routed = AddressSet.Empty(family);
            foreach (var route in table.Routes ?? new List<Route>())
            {
                if (route.GatewayId == null || !route.GatewayId.StartsWith("igw-", System.StringComparison.Ordinal)
                    || route.State?.Value == "blackhole" || !_view.IsAttachedInternetGateway(route.GatewayId, eni.VpcId))
                {
                    continue;
                }
                var destinations = Destinations(route, family);
                if (destinations == null)
                {
                    continue;
                }
                var part = sources.Intersect(destinations);
                if (!part.IsEmpty)
                {
                    routeText ??= (route.DestinationCidrBlock ?? route.DestinationIpv6CidrBlock ?? route.DestinationPrefixListId) + " -> " + route.GatewayId;
                    routed = routed.Union(part);
                }
            }
            return routed;
        }

        private AddressSet? Destinations(Route route, AddressFamily family)
        {
            var text = family == AddressFamily.IPv4 ? route.DestinationCidrBlock : route.DestinationIpv6CidrBlock;
            if (Cidr.TryParse(text, out var cidr))
            {
                return AddressSet.Of(cidr!);
            }
            if (route.DestinationPrefixListId != null)
            {
                var entries = _view.PrefixList(route.DestinationPrefixListId, out var error);
                if (entries == null)
                {
                    Unresolved.Add(error!);
                    return null;
                }
                return AddressSet.Of(family, entries);
            }
            return null;
        }

        private static IEnumerable<Interface> Interfaces(Instance instance)
        {
            var enis = instance.NetworkInterfaces ?? new List<InstanceNetworkInterface>();
            if (enis.Count == 0)
            {
                yield return new Interface(instance.InstanceId, instance.SubnetId ?? "", instance.VpcId ?? "",
                    (instance.SecurityGroups ?? new List<GroupIdentifier>()).Select(g => g.GroupId).ToList(),
                    instance.PublicIpAddress, instance.Ipv6Address == null ? new List<string>() : new List<string> { instance.Ipv6Address });
                yield break;
            }
            foreach (var n in enis)
            {
                yield return new Interface(n.NetworkInterfaceId, n.SubnetId ?? instance.SubnetId ?? "", n.VpcId ?? instance.VpcId ?? "",
                    (n.Groups ?? instance.SecurityGroups ?? new List<GroupIdentifier>()).Select(g => g.GroupId).ToList(),
                    n.Association?.PublicIp ?? (enis.Count == 1 ? instance.PublicIpAddress : null),
                    (n.Ipv6Addresses ?? new List<InstanceIpv6Address>()).Select(a => a.Ipv6Address).ToList());
            }
        }

        private sealed class Interface
        {
            private readonly string? _publicIpv4;
            private readonly IReadOnlyList<string> _ipv6;

            public Interface(string id, string subnetId, string vpcId, IReadOnlyList<string> groupIds, string? publicIpv4, IReadOnlyList<string> ipv6)
            {
                Id = id;
                SubnetId = subnetId;
                VpcId = vpcId;
                GroupIds = groupIds;
                _publicIpv4 = publicIpv4;
                _ipv6 = ipv6;
            }

            public string Id { get; }
            public string SubnetId { get; }
            public string VpcId { get; }
            public IReadOnlyList<string> GroupIds { get; }

            public string? Address(AddressFamily family) => family == AddressFamily.IPv4
                ? (InternetSpace.IsPublic(_publicIpv4) ? _publicIpv4 : null)
                : _ipv6.FirstOrDefault(InternetSpace.IsPublic);
        }
    }
}
