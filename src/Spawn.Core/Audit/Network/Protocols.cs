using System;

namespace Spawn.Audit.Network
{
    /// <summary>EC2 writes protocols as names or IANA numbers ("tcp" or "6"); "-1" means every protocol.</summary>
    public static class Protocols
    {
        public const string All = "-1";
        public const string Tcp = "6";
        public const string Udp = "17";

        public static string Normalize(string? protocol)
        {
            switch ((protocol ?? All).Trim().ToLowerInvariant())
            {
                case "-1":
                case "all": return All;
                case "tcp":
                case "6": return Tcp;
                case "udp":
                case "17": return Udp;
                case "icmp": return "1";
                case "icmpv6": return "58";
                default: return protocol!.Trim();
            }
        }

        public static string Name(string protocol) =>
            protocol == Tcp ? "tcp" : protocol == Udp ? "udp" : protocol == All ? "all" : protocol;

        /// <summary>Whether a rule written for <paramref name="ruleProtocol"/> and a port range admits this protocol and port.</summary>
        public static bool Covers(string ruleProtocol, int? from, int? to, string protocol, int port)
        {
            var normalized = Normalize(ruleProtocol);
            if (normalized == All)
            {
                return true;
            }
            if (!string.Equals(normalized, protocol, StringComparison.Ordinal))
            {
                return false;
            }
            // A TCP/UDP rule without ports (or -1) covers every port.
            var low = from == null || from < 0 ? 0 : from.Value;
            var high = to == null || to < 0 ? 65535 : to.Value;
            return low <= port && port <= high;
        }
    }
}
