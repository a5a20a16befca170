using System.Collections.Generic;
using System.Linq;

namespace Spawn.Audit.Network
{
    /// <summary>A protocol and port the reachability checks ask about, e.g. tcp/22.</summary>
    public readonly struct PortProbe
    {
        public PortProbe(string protocol, int port)
        {
            Protocol = protocol;
            Port = port;
        }

        public string Protocol { get; }
        public int Port { get; }

        public override string ToString() => Protocols.Name(Protocol) + "/" + Port;

        /// <summary>Remote administration: SSH, RDP, WinRM over TCP and UDP (the CIS audit text counts UDP too).</summary>
        public static readonly IReadOnlyList<PortProbe> RemoteAdmin = Both(22, 3389, 5985, 5986);

        /// <summary>SSH and RDP over TCP and UDP: what the CIS security-group and NACL controls name.</summary>
        public static readonly IReadOnlyList<PortProbe> SshRdp = Both(22, 3389);

        /// <summary>Data stores and high-risk services (Prowler's per-service list plus its ec2_high_risk_ports).</summary>
        public static readonly IReadOnlyList<PortProbe> HighRisk = Both(
            20, 21, 23, 25, 88, 110, 135, 139, 143, 389, 445, 464, 636, 749, 750, 1433, 1434, 1521, 2483, 2484, 3000, 3306,
            4333, 5000, 5432, 5500, 5601, 6379, 7000, 7001, 7199, 8080, 8088, 8888, 9042, 9092, 9160, 9200, 9300, 11211,
            27017, 27018);

        private static IReadOnlyList<PortProbe> Both(params int[] ports) =>
            ports.SelectMany(p => new[] { new PortProbe(Protocols.Tcp, p), new PortProbe(Protocols.Udp, p) }).ToList();
    }
}
