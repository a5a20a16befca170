using System;
using System.Globalization;

namespace Spawn.Instances
{
    /// <summary>
    /// Names and formats of the tags Spawn puts on what it launches; the one place launch, list, TTL, audit and the
    /// endpoint read them from.
    /// </summary>
    public static class SpawnTags
    {
        public const string Managed = "spawn:managed";
        public const string ManagedValue = "true";
        public const string Owner = "spawn:owner";
        public const string Created = "spawn:created";
        public const string Ttl = "spawn:ttl";
        public const string Name = "spawn:name";

        /// <summary>UTC ISO 8601 with a Z, e.g. 2026-12-03T15:00:00Z.</summary>
        public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

        public static string FormatTimestamp(DateTimeOffset value) =>
            value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

        /// <summary>Parses a spawn:created / spawn:ttl value; only the exact UTC format is accepted.</summary>
        public static bool TryParseTimestamp(string? text, out DateTimeOffset value)
        {
            value = default;
            if (text == null || !DateTime.TryParseExact(text, TimestampFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return false;
            }
            value = new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }
    }
}
