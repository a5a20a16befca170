using System.Linq;

namespace Spawn.Audit.Network
{
    /// <summary>
    /// The addresses an attacker on the internet can come from: IPv4 minus private, shared, loopback, link-local,
    /// multicast and reserved blocks; IPv6 global unicast (2000::/3).
    /// </summary>
    public static class InternetSpace
    {
        private static readonly string[] NonPublicV4 =
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/3",
        };

        public static readonly AddressSet IPv4 =
            AddressSet.All(AddressFamily.IPv4).Except(AddressSet.Of(AddressFamily.IPv4, NonPublicV4.Select(Cidr.Parse)));

        public static readonly AddressSet IPv6 = AddressSet.Of(Cidr.Parse("2000::/3"));

        public static AddressSet For(AddressFamily family) => family == AddressFamily.IPv4 ? IPv4 : IPv6;

        /// <summary>Whether an address (no prefix) is publicly routable: a public IPv4 or a global unicast IPv6.</summary>
        public static bool IsPublic(string? address) =>
            Cidr.TryParse(address, out var cidr) && !For(cidr!.Family).Intersect(AddressSet.Of(cidr)).IsEmpty;
    }
}
