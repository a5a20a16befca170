using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using Spawn.Dns.Wire;

namespace Spawn.Dns.Validation
{
    /// <summary>NSEC3 hashed owner names (RFC 5155 §5): iterated SHA-1 over the canonical name and salt, base32hex.</summary>
    internal static class Nsec3Hash
    {
        private const string Base32Hex = "0123456789abcdefghijklmnopqrstuv";

        public static byte[] Compute(DnsName name, Nsec3Data parameters)
        {
            using var sha1 = SHA1.Create();
            var hash = sha1.ComputeHash(DnsRecord.Concat(name.ToWire(), parameters.Salt));
            for (var i = 0; i < parameters.Iterations; i++)
            {
                hash = sha1.ComputeHash(DnsRecord.Concat(hash, parameters.Salt));
            }
            return hash;
        }

        /// <summary>The hash in an NSEC3 owner's first label, or null when the label is not base32hex.</summary>
        public static byte[]? FromOwner(DnsName owner)
        {
            if (owner.IsRoot)
            {
                return null;
            }
            var bytes = new List<byte>();
            int buffer = 0, bits = 0;
            foreach (var b in owner.Labels[0])
            {
                var value = Base32Hex.IndexOf(char.ToLowerInvariant((char)b));
                if (value < 0)
                {
                    return null;
                }
                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8)
                {
                    bytes.Add((byte)(buffer >> (bits - 8)));
                    bits -= 8;
                    buffer &= (1 << bits) - 1;
                }
            }
            return bytes.ToArray();
        }

        /// <summary>True when <paramref name="hash"/> falls strictly between owner and next, wrapping at the end of the chain.</summary>
        public static bool Covers(byte[] owner, byte[] next, byte[] hash)
        {
            var c = ByteArrayComparer.Instance;
            return c.Compare(owner, next) < 0
                ? c.Compare(owner, hash) < 0 && c.Compare(hash, next) < 0
                : c.Compare(owner, hash) < 0 || c.Compare(hash, next) < 0;
        }
    }
}
