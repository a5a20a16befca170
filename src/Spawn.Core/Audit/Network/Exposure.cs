using System.Collections.Generic;

namespace Spawn.Audit.Network
{
    /// <summary>
    /// How far internet traffic gets to one interface on one port: the security groups admit it, and either the whole
    /// path is open (FullPath) or BlockedBy names the hop that stops it (latent exposure).
    /// </summary>
    public sealed class Exposure
    {
        public PortProbe Probe { get; set; }
        public AddressFamily Family { get; set; }
        public string NetworkInterfaceId { get; set; } = "";
        public bool FullPath => BlockedBy == null;
        public string? BlockedBy { get; set; }
        public string? Address { get; set; }
        public string? RouteTableId { get; set; }
        public string? Route { get; set; }
        public string? NetworkAclId { get; set; }
        public int? NetworkAclRule { get; set; }
        public string SecurityGroupRule { get; set; } = "";
        public string? SampleSource { get; set; }

        public IDictionary<string, string> Evidence()
        {
            var e = new Dictionary<string, string>
            {
                ["Port"] = Probe.ToString(),
                ["AddressFamily"] = Family.ToString(),
                ["NetworkInterface"] = NetworkInterfaceId,
                ["SecurityGroupRule"] = SecurityGroupRule,
                ["Path"] = FullPath ? "open from the internet" : "blocked: " + BlockedBy,
            };
            Add(e, "PublicAddress", Address);
            Add(e, "RouteTable", RouteTableId);
            Add(e, "Route", Route);
            Add(e, "NetworkAcl", NetworkAclId);
            Add(e, "NetworkAclRule", NetworkAclRule?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(e, "ExampleSource", SampleSource);
            return e;
        }

        private static void Add(IDictionary<string, string> e, string key, string? value)
        {
            if (value != null)
            {
                e[key] = value;
            }
        }
    }
}
