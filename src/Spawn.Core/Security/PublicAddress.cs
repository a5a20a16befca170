using System;
using System.Net;
using System.Net.Sockets;

namespace Spawn.Security
{
    /// <summary>
    /// Decides whether an IP address is a public internet address that Spawn may send to (alert webhooks). Anything
    /// else — private, shared (CGNAT), loopback, link-local and the instance metadata service, unique-local,
    /// multicast, unspecified, documentation, reserved, and IPv6 forms that embed such an IPv4 address — is refused,
    /// so a stored URL can never make Spawn reach into the network it runs in (SSRF).
    /// </summary>
    public static class PublicAddress
    {
        private static readonly (uint Network, int Bits, string Name)[] V4NonPublic =
        {
            (0x00000000, 8, "unspecified (0.0.0.0/8)"),
            (0x0A000000, 8, "private (10.0.0.0/8)"),
            (0x64400000, 10, "shared address space (100.64.0.0/10)"),
            (0x7F000000, 8, "loopback (127.0.0.0/8)"),
            (0xA9FEA9FE, 32, "instance metadata (169.254.169.254)"),
            (0xA9FE0000, 16, "link-local (169.254.0.0/16)"),
            (0xAC100000, 12, "private (172.16.0.0/12)"),
            (0xC0000000, 24, "IETF protocol assignments (192.0.0.0/24)"),
            (0xC0000200, 24, "documentation (192.0.2.0/24)"),
            (0xC0586300, 24, "6to4 relay anycast (192.88.99.0/24)"),
            (0xC0A80000, 16, "private (192.168.0.0/16)"),
            (0xC6120000, 15, "benchmarking (198.18.0.0/15)"),
            (0xC6336400, 24, "documentation (198.51.100.0/24)"),
            (0xCB007100, 24, "documentation (203.0.113.0/24)"),
            (0xE0000000, 4, "multicast (224.0.0.0/4)"),
            (0xF0000000, 4, "reserved (240.0.0.0/4)"),
        };

        /// <summary>Null for a public address; otherwise the name of the range that makes it non-public.</summary>
        public static string? WhyNotPublic(IPAddress address)
        {
            if (address == null)
            {
                throw new ArgumentNullException(nameof(address));
            }
            if (address.AddressFamily == AddressFamily.InterNetwork)
            {
                return V4(ToUInt(address.GetAddressBytes(), 0));
            }
            if (address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return "not an IP address";
            }
            var b = address.GetAddressBytes();
            if (IsZero(b, 0, 10) && b[10] == 0xFF && b[11] == 0xFF)
            {
                return Embedded("IPv4-mapped", V4(ToUInt(b, 12)));
            }
            if (IsZero(b, 0, 12))
            {
                // ::, ::1 and the deprecated IPv4-compatible form ::a.b.c.d.
                return IsZero(b, 12, 3) && b[15] == 1 ? "loopback (::1)" : "unspecified or IPv4-compatible (::/96)";
            }
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && IsZero(b, 4, 8))
            {
                return Embedded("NAT64", V4(ToUInt(b, 12)));
            }
            if (b[0] == 0xFF)
            {
                return "multicast (ff00::/8)";
            }
            if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
            {
                return "link-local (fe80::/10)";
            }
            if ((b[0] & 0xFE) == 0xFC)
            {
                return "unique-local (fc00::/7), including the instance metadata service fd00:ec2::254";
            }
            if ((b[0] & 0xE0) != 0x20)
            {
                return "not global unicast (outside 2000::/3)";
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
            {
                return "documentation (2001:db8::/32)";
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
            {
                return "Teredo tunnel (2001::/32)";
            }
            if (b[0] == 0x20 && b[1] == 0x02)
            {
                return "6to4 tunnel (2002::/16)";
            }
            return null;
        }

        /// <summary>127.0.0.0/8, ::1 and their IPv4-mapped forms.</summary>
        public static bool IsLoopback(IPAddress address) =>
            IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

        private static string? V4(uint value)
        {
            foreach (var (network, bits, name) in V4NonPublic)
            {
                var mask = bits == 0 ? 0u : uint.MaxValue << (32 - bits);
                if ((value & mask) == network)
                {
                    return name;
                }
            }
            return null;
        }

        private static string? Embedded(string form, string? v4Reason) => v4Reason == null ? null : form + " " + v4Reason;

        private static uint ToUInt(byte[] b, int offset) =>
            (uint)b[offset] << 24 | (uint)b[offset + 1] << 16 | (uint)b[offset + 2] << 8 | b[offset + 3];

        private static bool IsZero(byte[] b, int offset, int count)
        {
            for (var i = offset; i < offset + count; i++)
            {
                if (b[i] != 0)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
