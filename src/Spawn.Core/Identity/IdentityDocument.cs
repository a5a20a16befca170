using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spawn.Aws;

namespace Spawn.Identity
{
    /// <summary>
    /// The EC2 instance identity document, parsed from the exact bytes AWS signed (never from a separate,
    /// unsigned copy: that is how SPIRE's substitution bug happened). Parsing is strict because the values become
    /// authorization inputs: one JSON object, no duplicate members, required members present with the right
    /// shapes. Unknown members are tolerated (AWS adds fields over time) but still duplicate-checked.
    /// </summary>
    public sealed class IdentityDocument
    {
        /// <summary>Real documents are under 600 bytes; anything near this bound is not from IMDS.</summary>
        public const int MaxBytes = 2048;

        private static readonly Regex AccountIdShape = new Regex("^[0-9]{12}$", RegexOptions.CultureInvariant);
        private static readonly Regex InstanceIdShape = new Regex("^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$", RegexOptions.CultureInvariant);
        private static readonly Regex ImageIdShape = new Regex("^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$", RegexOptions.CultureInvariant);
        private static readonly Regex InstanceTypeShape = new Regex("^[a-z0-9][a-z0-9.-]{0,63}$", RegexOptions.CultureInvariant);
        private static readonly Regex ZoneSuffixShape = new Regex("^[a-z0-9-]{1,32}$", RegexOptions.CultureInvariant);
        private static readonly Regex ArchitectureShape = new Regex("^[a-z0-9_]{1,16}$", RegexOptions.CultureInvariant);
        private static readonly Regex VersionShape = new Regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant);
        private static readonly Regex Ipv4Shape = new Regex("^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$", RegexOptions.CultureInvariant);
        private static readonly Regex Ipv6Shape = new Regex("^[0-9a-f:.]{2,45}$", RegexOptions.CultureInvariant);

        /// <summary>RFC 3339 in UTC, as IMDS writes it (whole seconds; fractions tolerated).</summary>
        private static readonly string[] PendingTimeFormats = { "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" };

        private IdentityDocument(byte[] bytes, JsonElement root)
        {
            Bytes = bytes;
            AccountId = Required(root, "accountId", AccountIdShape.IsMatch);
            InstanceId = Required(root, "instanceId", InstanceIdShape.IsMatch);
            Region = Required(root, "region", RegionName.IsValid);
            AvailabilityZone = Required(root, "availabilityZone", zone =>
                zone.StartsWith(Region, StringComparison.Ordinal) && ZoneSuffixShape.IsMatch(zone.Substring(Region.Length)));
            InstanceType = Required(root, "instanceType", InstanceTypeShape.IsMatch);
            ImageId = Required(root, "imageId", ImageIdShape.IsMatch);
            Version = Required(root, "version", VersionShape.IsMatch);
            PendingTime = ParsePendingTime(Required(root, "pendingTime", _ => true));
            Architecture = Optional(root, "architecture", ArchitectureShape.IsMatch);
            var privateIp = Optional(root, "privateIp", ip => Ipv4Shape.IsMatch(ip) || (ip.Contains(":") && Ipv6Shape.IsMatch(ip)));
            PrivateIp = privateIp == null ? null : ParseAddress(privateIp);
        }

        /// <summary>The signed bytes, verbatim (what the signature covers).</summary>
        public byte[] Bytes { get; }

        public string AccountId { get; }
        public string InstanceId { get; }
        public string Region { get; }
        public string AvailabilityZone { get; }
        public string InstanceType { get; }
        public string ImageId { get; }
        /// <summary>Format version of the document (2017-09-30 on current instances).</summary>
        public string Version { get; }
        /// <summary>When the instance was launched or last started; changes on stop/start, not on reboot.</summary>
        public DateTimeOffset PendingTime { get; }
        public string? Architecture { get; }
        /// <summary>Primary private address: IPv4, or IPv6 on IPv6-only instances. Absent or null is allowed.</summary>
        public IPAddress? PrivateIp { get; }

        /// <summary>Parses <paramref name="utf8"/> strictly; every failure is an <see cref="IdentityRejectedException"/>.</summary>
        public static IdentityDocument Parse(byte[] utf8)
        {
            if ((utf8 ?? throw new ArgumentNullException(nameof(utf8))).Length > MaxBytes)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.DocumentTooLarge);
            }

            string? duplicate;
            try
            {
                duplicate = StrictJson.FindDuplicateMember(utf8);
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is ArgumentException)
            {
                // InvalidOperationException/ArgumentException: invalid UTF-8 or escapes inside a member name.
                throw new IdentityRejectedException(IdentityRejectionReason.DocumentMalformed, e);
            }
            if (duplicate != null)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.DuplicateMember);
            }

            try
            {
                using var json = JsonDocument.Parse(utf8);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new IdentityRejectedException(IdentityRejectionReason.DocumentMalformed);
                }
                return new IdentityDocument((byte[])utf8.Clone(), json.RootElement);
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.DocumentMalformed, e);
            }
        }

        private static string Required(JsonElement root, string name, Func<string, bool> wellFormed) =>
            Optional(root, name, wellFormed) ?? throw Invalid();

        /// <summary>A member that may be absent or null; when present it must be a string of the right shape.</summary>
        private static string? Optional(JsonElement root, string name, Func<string, bool> wellFormed)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                throw Invalid();
            }
            var text = value.GetString()!;
            return wellFormed(text) ? text : throw Invalid();
        }

        private static DateTimeOffset ParsePendingTime(string text) =>
            DateTimeOffset.TryParseExact(text, PendingTimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                ? time
                : throw Invalid();

        private static IPAddress ParseAddress(string text) =>
            IPAddress.TryParse(text, out var address)
                && (address.AddressFamily == AddressFamily.InterNetwork || address.AddressFamily == AddressFamily.InterNetworkV6)
                ? address
                : throw Invalid();

        private static IdentityRejectedException Invalid() => new IdentityRejectedException(IdentityRejectionReason.DocumentInvalid);
    }
}
