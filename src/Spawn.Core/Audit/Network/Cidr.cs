using System;
using System.Globalization;
using System.Net;
using System.Numerics;

namespace Spawn.Audit.Network
{
    public enum AddressFamily
    {
        IPv4,
        IPv6,
    }

    /// <summary>An IPv4 or IPv6 CIDR block with its first and last address as integers.</summary>
    public sealed class Cidr
    {
        private Cidr(AddressFamily family, BigInteger first, int prefixLength, string text)
        {
            Family = family;
            PrefixLength = prefixLength;
            var hostBits = Bits(family) - prefixLength;
            First = first >> hostBits << hostBits;
            Last = First + (BigInteger.One << hostBits) - 1;
            Text = text;
        }

        public AddressFamily Family { get; }
        public int PrefixLength { get; }
        public BigInteger First { get; }
        public BigInteger Last { get; }
        public string Text { get; }

        public bool IsAll => PrefixLength == 0;

        public static Cidr All(AddressFamily family) =>
            family == AddressFamily.IPv4 ? Parse("0.0.0.0/0") : Parse("::/0");

        public static Cidr Parse(string text)
        {
            if (!TryParse(text, out var cidr))
            {
                throw new FormatException($"'{text}' is not a CIDR block.");
            }
            return cidr!;
        }

        /// <summary>Parses "a.b.c.d/n", "x::y/n", or a bare address (a /32 or /128).</summary>
        public static bool TryParse(string? text, out Cidr? cidr)
        {
            cidr = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }
            var parts = text!.Trim().Split('/');
            if (parts.Length > 2 || !IPAddress.TryParse(parts[0], out var address))
            {
                return false;
            }
            var family = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? AddressFamily.IPv6 : AddressFamily.IPv4;
            var prefix = Bits(family);
            if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > Bits(family)))
            {
                return false;
            }
            var bytes = address.GetAddressBytes();
            Array.Reverse(bytes);
            var value = new BigInteger(Concat(bytes, new byte[] { 0 }));
            cidr = new Cidr(family, value, prefix, text.Trim());
            return true;
        }

        public static string FormatAddress(AddressFamily family, BigInteger value)
        {
            var length = family == AddressFamily.IPv4 ? 4 : 16;
            var raw = value.ToByteArray();
            var bytes = new byte[length];
            for (var i = 0; i < length && i < raw.Length; i++)
            {
                bytes[length - 1 - i] = raw[i];
            }
            return new IPAddress(bytes).ToString();
        }

        public static int Bits(AddressFamily family) => family == AddressFamily.IPv4 ? 32 : 128;

        public override string ToString() => Text;

        private static byte[] Concat(byte[] a, byte[] b)
        {
            var result = new byte[a.Length + b.Length];
            a.CopyTo(result, 0);
            b.CopyTo(result, a.Length);
            return result;
        }
    }
}
