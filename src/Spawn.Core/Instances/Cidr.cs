using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Spawn.Instances
{
    /// <summary>An IPv4 or IPv6 CIDR block for an ingress rule, checked and normalised (host bits must be zero).</summary>
    public sealed class Cidr
    {
        public const string InvalidCidr = "InvalidCidr";

        private Cidr(string text, bool isIPv6, int prefix)
        {
            Text = text;
            IsIPv6 = isIPv6;
            Prefix = prefix;
        }

        public string Text { get; }
        public bool IsIPv6 { get; }
        public int Prefix { get; }

        /// <summary>0.0.0.0/0 or ::/0: the whole Internet.</summary>
        public bool IsEverywhere => Prefix == 0;

        public override string ToString() => Text;

        public static Cidr Parse(string text)
        {
            var parts = (text ?? "").Trim().Split('/');
            if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var address)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix))
            {
                throw Invalid(text, "expected address/prefix such as 203.0.113.7/32");
            }
            var isV6 = address.AddressFamily == AddressFamily.InterNetworkV6;
            var bits = isV6 ? 128 : 32;
            if (prefix > bits || parts[0].Contains("%"))
            {
                throw Invalid(text, $"the prefix must be 0-{bits}");
            }
            var bytes = address.GetAddressBytes();
            for (var bit = prefix; bit < bits; bit++)
            {
                if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
                {
                    throw Invalid(text, "the address has bits set beyond the prefix");
                }
            }
            return new Cidr(address + "/" + prefix.ToString(CultureInfo.InvariantCulture), isV6, prefix);
        }

        private static SpawnValidationException Invalid(string? text, string why) =>
            new SpawnValidationException(InvalidCidr, $"'{text}' is not a valid CIDR block: {why}.", text);
    }
}
