using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;

namespace Spawn.Dns.Wire
{
    /// <summary>DS RDATA (RFC 4034 §5): key tag, algorithm, digest type, digest of the child's owner name and DNSKEY.</summary>
    public sealed class DsData
    {
        public const byte Sha1 = 1, Sha256 = 2, Sha384 = 4;

        public DsData(ushort keyTag, byte algorithm, byte digestType, byte[] digest)
        {
            KeyTag = keyTag;
            Algorithm = algorithm;
            DigestType = digestType;
            Digest = digest;
        }

        public ushort KeyTag { get; }
        public byte Algorithm { get; }
        public byte DigestType { get; }
        public byte[] Digest { get; }

        public static bool IsSupportedDigest(byte digestType) => digestType == Sha1 || digestType == Sha256 || digestType == Sha384;

        /// <summary>The DS of a key: digest over the owner name in canonical wire form followed by the DNSKEY RDATA.</summary>
        public static DsData For(DnsName owner, DnskeyData key, byte digestType)
        {
            var input = DnsRecord.Concat(owner.ToWire(), key.ToWire());
            byte[] digest;
            using (HashAlgorithm hash = digestType == Sha1 ? SHA1.Create() : digestType == Sha256 ? SHA256.Create()
                : digestType == Sha384 ? (HashAlgorithm)SHA384.Create() : throw new NotSupportedException($"DS digest type {digestType} is not supported."))
            {
                digest = hash.ComputeHash(input);
            }
            return new DsData(key.KeyTag, key.Algorithm, digestType, digest);
        }

        /// <summary>True when <paramref name="key"/> of zone <paramref name="owner"/> is the key this DS names.</summary>
        public bool Matches(DnsName owner, DnskeyData key) =>
            key.KeyTag == KeyTag && key.Algorithm == Algorithm && IsSupportedDigest(DigestType)
            && For(owner, key, DigestType).Digest.SequenceEqual(Digest);

        public static DsData Parse(byte[] data)
        {
            if (data.Length < 5)
            {
                throw new FormatException("A DS record is shorter than 5 bytes.");
            }
            return new DsData((ushort)((data[0] << 8) | data[1]), data[2], data[3], data.Skip(4).ToArray());
        }

        public byte[] ToWire() => DnsRecord.Concat(DnsRecord.Be16(KeyTag), new[] { Algorithm, DigestType }, Digest);

        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} {3}", KeyTag, Algorithm, DigestType, DnsRecord.Hex(Digest));
    }
}
