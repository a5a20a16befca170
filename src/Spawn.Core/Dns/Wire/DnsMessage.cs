using System.Collections.Generic;
using System.Linq;

namespace Spawn.Dns.Wire
{
    /// <summary>A parsed DNS response: header flags, response code (with the EDNS extension) and the record sections.</summary>
    public sealed class DnsMessage
    {
        public const int NoError = 0, NxDomain = 3;

        private DnsMessage(ushort id, ushort flags, int responseCode, IReadOnlyList<DnsRecord> answers,
            IReadOnlyList<DnsRecord> authority, IReadOnlyList<DnsRecord> additional)
        {
            Id = id;
            Flags = flags;
            ResponseCode = responseCode;
            Answers = answers;
            Authority = authority;
            Additional = additional;
        }

        public ushort Id { get; }
        public ushort Flags { get; }
        public int ResponseCode { get; }
        public bool IsTruncated => (Flags & 0x0200) != 0;
        public IReadOnlyList<DnsRecord> Answers { get; }
        public IReadOnlyList<DnsRecord> Authority { get; }
        public IReadOnlyList<DnsRecord> Additional { get; }

        public static DnsMessage Parse(byte[] bytes)
        {
            var reader = new WireReader(bytes);
            var id = reader.U16();
            var flags = reader.U16();
            var counts = new[] { reader.U16(), reader.U16(), reader.U16(), reader.U16() };
            for (var i = 0; i < counts[0]; i++)
            {
                reader.Name();
                reader.U32();
            }
            var sections = new List<DnsRecord>[3];
            for (var s = 0; s < 3; s++)
            {
                sections[s] = new List<DnsRecord>();
                for (var i = 0; i < counts[s + 1]; i++)
                {
                    sections[s].Add(DnsRecord.Read(reader));
                }
            }
            // The OPT pseudo-record carries the upper 8 bits of the response code in its TTL field.
            var opt = sections[2].FirstOrDefault(r => r.Type == RecordType.OPT);
            var code = (flags & 0x000F) | (opt == null ? 0 : (int)((opt.Ttl >> 24) << 4));
            return new DnsMessage(id, flags, code, sections[0], sections[1], sections[2].Where(r => r.Type != RecordType.OPT).ToList());
        }

        /// <summary>A query with EDNS0 (4096-byte buffer, DO set so signatures come back), RD and CD set.</summary>
        public static byte[] Query(ushort id, DnsName name, ushort type) => DnsRecord.Concat(
            DnsRecord.Be16(id),
            // RD asks a recursive server to resolve; CD asks a validating one to hand back data even if it is bogus,
            // so the verdict is this validator's and not the server's.
            DnsRecord.Be16(0x0110),
            DnsRecord.Be16(1), DnsRecord.Be16(0), DnsRecord.Be16(0), DnsRecord.Be16(1),
            name.ToWire(canonical: false), DnsRecord.Be16(type), DnsRecord.Be16(1),
            new byte[] { 0 }, DnsRecord.Be16(RecordType.OPT), DnsRecord.Be16(4096), DnsRecord.Be32(0x00008000), DnsRecord.Be16(0));
    }
}
