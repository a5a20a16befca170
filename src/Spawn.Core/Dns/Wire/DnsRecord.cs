using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace Spawn.Dns.Wire
{
    /// <summary>
    /// A resource record with its RDATA in canonical form (RFC 4034 §6.2): names inside NS, CNAME, SOA, PTR, MX and
    /// DNAME are decompressed and lowercased, so the bytes are exactly what a signature covers.
    /// </summary>
    public sealed class DnsRecord
    {
        public DnsRecord(DnsName name, ushort type, ushort @class, uint ttl, byte[] data)
        {
            Name = name;
            Type = type;
            Class = @class;
            Ttl = ttl;
            Data = data;
        }

        public DnsName Name { get; }
        public ushort Type { get; }
        public ushort Class { get; }
        public uint Ttl { get; }
        public byte[] Data { get; }

        internal static DnsRecord Read(WireReader reader)
        {
            var name = reader.Name();
            var type = reader.U16();
            var @class = reader.U16();
            var ttl = reader.U32();
            var length = reader.U16();
            var end = reader.Position + length;
            byte[] data;
            switch (type)
            {
                case RecordType.NS:
                case RecordType.CNAME:
                case RecordType.PTR:
                case RecordType.DNAME:
                    data = reader.Name().ToWire();
                    break;
                case RecordType.MX:
                    data = Concat(Be16(reader.U16()), reader.Name().ToWire());
                    break;
                case RecordType.SOA:
                    data = Concat(reader.Name().ToWire(), reader.Name().ToWire(), reader.Bytes(20));
                    break;
                default:
                    data = reader.Bytes(length);
                    break;
            }
            if (reader.Position != end)
            {
                throw new FormatException($"The RDATA of a {RecordType.Name(type)} record has the wrong length.");
            }
            return new DnsRecord(name, type, @class, ttl, data);
        }

        /// <summary>The record in presentation format, as dig prints it (RFC 3597 \# form for types not known here).</summary>
        public override string ToString() => $"{Name} {Ttl} IN {RecordType.Name(Type)} {DataText()}";

        private string DataText()
        {
            switch (Type)
            {
                case RecordType.A:
                case RecordType.AAAA:
                    return new IPAddress(Data).ToString();
                case RecordType.NS:
                case RecordType.CNAME:
                case RecordType.PTR:
                case RecordType.DNAME:
                    return new WireReader(Data).Name().ToString();
                case RecordType.TXT:
                    return TxtText();
                case RecordType.DS:
                    return DsData.Parse(Data).ToString();
                case RecordType.DNSKEY:
                    return DnskeyData.Parse(Data).ToString();
                default:
                    return "\\# " + Data.Length.ToString(CultureInfo.InvariantCulture) + (Data.Length > 0 ? " " + Hex(Data) : "");
            }
        }

        private string TxtText()
        {
            var parts = new List<string>();
            for (var i = 0; i < Data.Length; i += 1 + Data[i])
            {
                var text = new StringBuilder("\"");
                foreach (var b in Data.Skip(i + 1).Take(Data[i]))
                {
                    text.Append(b == '"' || b == '\\' ? "\\" + (char)b : b < 0x20 || b > 0x7e ? "\\" + b.ToString("D3", CultureInfo.InvariantCulture) : ((char)b).ToString());
                }
                parts.Add(text.Append('"').ToString());
            }
            return string.Join(" ", parts);
        }

        internal static string Hex(byte[] bytes) => BitConverter.ToString(bytes).Replace("-", "");

        internal static byte[] Be16(ushort value) => new[] { (byte)(value >> 8), (byte)value };

        internal static byte[] Be32(uint value) => new[] { (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value };

        internal static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
    }
}
