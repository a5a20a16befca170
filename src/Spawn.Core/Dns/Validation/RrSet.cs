using System.Collections.Generic;
using System.Linq;
using Spawn.Dns.Wire;

namespace Spawn.Dns.Validation
{
    /// <summary>The records of one name and type in a response, with the RRSIGs that cover them.</summary>
    internal sealed class RrSet
    {
        public RrSet(DnsName name, ushort type, IReadOnlyList<DnsRecord> records, IReadOnlyList<RrsigData> signatures)
        {
            Name = name;
            Type = type;
            Records = records;
            Signatures = signatures;
        }

        public DnsName Name { get; }
        public ushort Type { get; }
        public IReadOnlyList<DnsRecord> Records { get; }
        public IReadOnlyList<RrsigData> Signatures { get; }

        public string Describe() => $"{Name} {RecordType.Name(Type)}";

        /// <summary>The set of <paramref name="type"/> at <paramref name="name"/> in a section, or null when there is none.</summary>
        public static RrSet? Find(IReadOnlyList<DnsRecord> section, DnsName name, ushort type)
        {
            var records = section.Where(r => r.Type == type && r.Name.Equals(name)).ToList();
            return records.Count == 0 ? null : new RrSet(name, type, records, SignaturesFor(section, name, type));
        }

        /// <summary>Every set of <paramref name="type"/> in a section (the NSEC or NSEC3 records of a denial).</summary>
        public static IReadOnlyList<RrSet> All(IReadOnlyList<DnsRecord> section, ushort type) =>
            section.Where(r => r.Type == type).GroupBy(r => r.Name)
                .Select(g => new RrSet(g.Key, type, g.ToList(), SignaturesFor(section, g.Key, type))).ToList();

        private static IReadOnlyList<RrsigData> SignaturesFor(IReadOnlyList<DnsRecord> section, DnsName name, ushort type) =>
            section.Where(r => r.Type == RecordType.RRSIG && r.Name.Equals(name)).Select(r => RrsigData.Parse(r.Data))
                .Where(s => s.TypeCovered == type).ToList();

        /// <summary>
        /// The data an RRSIG signs (RFC 4034 §3.1.8.1): its own fields, then each record in canonical order with the
        /// original TTL, the owner rewritten to the wildcard when the signature has fewer labels than the owner.
        /// </summary>
        public byte[] SignedData(RrsigData signature)
        {
            var owner = Name.LabelCount > signature.Labels ? Name.Suffix(signature.Labels).Prepend("*") : Name;
            var head = DnsRecord.Concat(owner.ToWire(), DnsRecord.Be16(Type), DnsRecord.Be16(1), DnsRecord.Be32(signature.OriginalTtl));
            var rdatas = Records.Select(r => r.Data).Distinct(ByteArrayComparer.Instance).OrderBy(d => d, ByteArrayComparer.Instance);
            return DnsRecord.Concat(new[] { signature.Fields }
                .Concat(rdatas.Select(d => DnsRecord.Concat(head, DnsRecord.Be16((ushort)d.Length), d))).ToArray());
        }
    }
}
