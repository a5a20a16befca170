using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Spawn.Dns.Wire;

namespace Spawn.Dns.Validation
{
    /// <summary>
    /// A trust anchor: a DS or DNSKEY record in zone-file presentation format ("example. 3600 IN DS 12345 13 2 ABCD...",
    /// or the DNSKEY line of a dnssec-keygen .key file). The default is the root zone's KSK-2017 and KSK-2024.
    /// </summary>
    public sealed class TrustAnchor
    {
        public const string Invalid = "DnssecInvalidTrustAnchor";

        private TrustAnchor(DnsName zone, DsData? ds, DnskeyData? key)
        {
            Zone = zone;
            Ds = ds;
            Key = key;
        }

        public DnsName Zone { get; }
        public DsData? Ds { get; }
        public DnskeyData? Key { get; }

        /// <summary>The root KSKs, as IANA publishes them (root-anchors.xml) and BIND ships them (bind.keys).</summary>
        public static IReadOnlyList<TrustAnchor> Root { get; } = Parse(
            ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n" +
            ". IN DS 38696 8 2 683D2D0ACB8C9B712A1948B27F741219298D0A450D612C483AF444A4C0FB2B16");

        public bool Matches(DnsName zone, DnskeyData key) =>
            Zone.Equals(zone) && (Ds != null ? Ds.Matches(zone, key)
                : Key!.Flags == key.Flags && Key.Algorithm == key.Algorithm && Key.PublicKey.SequenceEqual(key.PublicKey));

        public override string ToString() => $"{Zone} {(Ds != null ? "DS " + Ds : "DNSKEY " + Key!.KeyTag.ToString(CultureInfo.InvariantCulture))}";

        /// <summary>Every DS or DNSKEY record in the text; ";" comments and "( ... )" line continuations are understood.</summary>
        public static IReadOnlyList<TrustAnchor> Parse(string text)
        {
            var anchors = new List<TrustAnchor>();
            foreach (var line in LogicalLines(text ?? ""))
            {
                var tokens = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).ToList();
                if (tokens.Count == 0)
                {
                    continue;
                }
                var typeAt = tokens.FindIndex(t => t.Equals("DS", StringComparison.OrdinalIgnoreCase) || t.Equals("DNSKEY", StringComparison.OrdinalIgnoreCase));
                if (typeAt < 1)
                {
                    throw new SpawnValidationException(Invalid, "A trust anchor line must be '<zone> [ttl] [IN] DS|DNSKEY <data>'.", line);
                }
                try
                {
                    var zone = DnsName.Parse(tokens[0]);
                    var data = tokens.Skip(typeAt + 1).ToList();
                    anchors.Add(tokens[typeAt].Equals("DS", StringComparison.OrdinalIgnoreCase)
                        ? new TrustAnchor(zone, new DsData(ushort.Parse(data[0], CultureInfo.InvariantCulture), byte.Parse(data[1], CultureInfo.InvariantCulture),
                            byte.Parse(data[2], CultureInfo.InvariantCulture), FromHex(string.Concat(data.Skip(3)))), null)
                        : new TrustAnchor(zone, null, new DnskeyData(ushort.Parse(data[0], CultureInfo.InvariantCulture), byte.Parse(data[1], CultureInfo.InvariantCulture),
                            byte.Parse(data[2], CultureInfo.InvariantCulture), Convert.FromBase64String(string.Concat(data.Skip(3))))));
                }
                catch (Exception e) when (e is FormatException || e is OverflowException || e is ArgumentOutOfRangeException)
                {
                    throw new SpawnValidationException(Invalid, $"The trust anchor '{line}' could not be read: {e.Message}", line);
                }
            }
            if (anchors.Count == 0)
            {
                throw new SpawnValidationException(Invalid, "The trust anchor text holds no DS or DNSKEY record.");
            }
            return anchors;
        }

        private static IEnumerable<string> LogicalLines(string text)
        {
            var current = new StringBuilder();
            var depth = 0;
            foreach (var raw in text.Split('\n'))
            {
                var comment = raw.IndexOf(';');
                var line = (comment >= 0 ? raw.Substring(0, comment) : raw).Replace("\r", "");
                foreach (var c in line)
                {
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    current.Append(c == '(' || c == ')' ? ' ' : c);
                }
                if (depth <= 0)
                {
                    yield return current.ToString().Trim();
                    current.Clear();
                    depth = 0;
                }
                else
                {
                    current.Append(' ');
                }
            }
            if (current.Length > 0)
            {
                yield return current.ToString().Trim();
            }
        }

        private static byte[] FromHex(string hex)
        {
            if (hex.Length % 2 != 0)
            {
                throw new FormatException("The DS digest has an odd number of hex digits.");
            }
            return Enumerable.Range(0, hex.Length / 2).Select(i => byte.Parse(hex.Substring(2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
        }
    }
}
