using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Spawn.Dns.Wire
{
    /// <summary>The RR type codes the validator reads, and their mnemonics (others print as TYPEnnn, RFC 3597).</summary>
    public static class RecordType
    {
        public const ushort A = 1, NS = 2, CNAME = 5, SOA = 6, PTR = 12, MX = 15, TXT = 16, AAAA = 28, DNAME = 39, OPT = 41,
            DS = 43, RRSIG = 46, NSEC = 47, DNSKEY = 48, NSEC3 = 50, NSEC3PARAM = 51;

        private static readonly Dictionary<ushort, string> Names = new Dictionary<ushort, string>
        {
            [A] = "A", [NS] = "NS", [CNAME] = "CNAME", [SOA] = "SOA", [PTR] = "PTR", [MX] = "MX", [TXT] = "TXT", [AAAA] = "AAAA",
            [DNAME] = "DNAME", [DS] = "DS", [RRSIG] = "RRSIG", [NSEC] = "NSEC", [DNSKEY] = "DNSKEY", [NSEC3] = "NSEC3",
            [NSEC3PARAM] = "NSEC3PARAM",
        };

        public static string Name(ushort type) => Names.TryGetValue(type, out var name) ? name : "TYPE" + type.ToString(CultureInfo.InvariantCulture);

        public static bool TryParse(string text, out ushort type)
        {
            var upper = (text ?? "").ToUpperInvariant();
            foreach (var pair in Names.Where(p => p.Value == upper))
            {
                type = pair.Key;
                return true;
            }
            return ushort.TryParse(upper.StartsWith("TYPE") ? upper.Substring(4) : "x", NumberStyles.None, CultureInfo.InvariantCulture, out type);
        }
    }
}
