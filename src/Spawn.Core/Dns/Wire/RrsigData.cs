using System;
using System.Linq;

namespace Spawn.Dns.Wire
{
    /// <summary>RRSIG RDATA (RFC 4034 §3).</summary>
    public sealed class RrsigData
    {
        private RrsigData(byte[] fields, ushort typeCovered, byte algorithm, byte labels, uint originalTtl, uint expiration,
            uint inception, ushort keyTag, DnsName signer, byte[] signature)
        {
            Fields = fields;
            TypeCovered = typeCovered;
            Algorithm = algorithm;
            Labels = labels;
            OriginalTtl = originalTtl;
            Expiration = expiration;
            Inception = inception;
            KeyTag = keyTag;
            Signer = signer;
            Signature = signature;
        }

        /// <summary>The RDATA up to the signature, signer name in canonical form: the start of the signed data.</summary>
        public byte[] Fields { get; }
        public ushort TypeCovered { get; }
        public byte Algorithm { get; }
        public byte Labels { get; }
        public uint OriginalTtl { get; }

        /// <summary>Seconds since 1970 modulo 2^32 (RFC 4034 §3.1.5): compare with serial arithmetic.</summary>
        public uint Expiration { get; }
        public uint Inception { get; }
        public ushort KeyTag { get; }
        public DnsName Signer { get; }
        public byte[] Signature { get; }

        public static RrsigData Parse(byte[] data)
        {
            var reader = new WireReader(data);
            var typeCovered = reader.U16();
            var algorithm = reader.U8();
            var labels = reader.U8();
            var originalTtl = reader.U32();
            var expiration = reader.U32();
            var inception = reader.U32();
            var keyTag = reader.U16();
            var signer = reader.Name();
            var signature = reader.Bytes(data.Length - reader.Position);
            var fields = DnsRecord.Concat(data.Take(18).ToArray(), signer.ToWire());
            return new RrsigData(fields, typeCovered, algorithm, labels, originalTtl, expiration, inception, keyTag, signer, signature);
        }

        public static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public static DateTime ToTime(uint value, DateTime now)
        {
            // Serial arithmetic: the time within 68 years of now that has these low 32 bits.
            var nowSeconds = (long)(now - Epoch).TotalSeconds;
            var delta = unchecked((int)(value - (uint)nowSeconds));
            return Epoch.AddSeconds(nowSeconds + delta);
        }
    }
}
