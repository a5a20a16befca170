using System;
using System.Globalization;
using System.Linq;

namespace Spawn.Dns.Wire
{
    /// <summary>DNSKEY RDATA (RFC 4034 §2): flags, protocol 3, algorithm, public key; and its key tag (Appendix B).</summary>
    public sealed class DnskeyData
    {
        public const ushort ZoneKeyFlag = 0x0100, SepFlag = 0x0001, RevokeFlag = 0x0080;

        public DnskeyData(ushort flags, byte protocol, byte algorithm, byte[] publicKey)
        {
            Flags = flags;
            Protocol = protocol;
            Algorithm = algorithm;
            PublicKey = publicKey;
        }

        public ushort Flags { get; }
        public byte Protocol { get; }
        public byte Algorithm { get; }
        public byte[] PublicKey { get; }

        public bool IsZoneKey => (Flags & ZoneKeyFlag) != 0;
        public bool IsRevoked => (Flags & RevokeFlag) != 0;

        public byte[] ToWire() => DnsRecord.Concat(DnsRecord.Be16(Flags), new[] { Protocol, Algorithm }, PublicKey);

        public ushort KeyTag
        {
            get
            {
                var data = ToWire();
                uint sum = 0;
                for (var i = 0; i < data.Length; i++)
                {
                    sum += (i & 1) == 0 ? (uint)data[i] << 8 : data[i];
                }
                sum += (sum >> 16) & 0xFFFF;
                return (ushort)(sum & 0xFFFF);
            }
        }

        public static DnskeyData Parse(byte[] data)
        {
            if (data.Length < 4)
            {
                throw new FormatException("A DNSKEY record is shorter than 4 bytes.");
            }
            return new DnskeyData((ushort)((data[0] << 8) | data[1]), data[2], data[3], data.Skip(4).ToArray());
        }

        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} {3}", Flags, Protocol, Algorithm, Convert.ToBase64String(PublicKey));
    }
}
