using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Spawn.Instances
{
    /// <summary>
    /// Instance lifetimes: "90m", "2h", "1d" or combinations such as "1d12h", turned into an absolute UTC
    /// expiry. Bounds: at least 10 minutes (the agent checks every minute; shorter would race the boot),
    /// at most 90 days. Without either, an instance gets <see cref="Default"/>: nothing Spawn launches runs forever
    /// by accident.
    /// </summary>
    public static class Ttl
    {
        public const string InvalidTtl = "InvalidTtl";
        public const string TtlOutOfRange = "TtlOutOfRange";
        public const string InvalidExpiresAt = "InvalidExpiresAt";

        public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(10);
        public static readonly TimeSpan Maximum = TimeSpan.FromDays(90);
        public static readonly TimeSpan Default = TimeSpan.FromHours(8);

        private static readonly Regex Shape = new Regex(@"^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$", RegexOptions.CultureInvariant);

        /// <summary>Parses a duration; throws InvalidTtl or TtlOutOfRange.</summary>
        public static TimeSpan Parse(string text)
        {
            var trimmed = (text ?? "").Trim().ToLowerInvariant();
            var match = Shape.Match(trimmed);
            if (trimmed.Length == 0 || !match.Success)
            {
                throw new SpawnValidationException(InvalidTtl,
                    $"'{text}' is not a TTL. Use minutes, hours or days such as 90m, 2h, 1d or 1d12h.", text);
            }
            var duration = TimeSpan.FromDays(Number(match.Groups[1])) + TimeSpan.FromHours(Number(match.Groups[2]))
                + TimeSpan.FromMinutes(Number(match.Groups[3]));
            CheckBounds(duration, text!);
            return duration;
        }

        /// <summary>The expiry for either -Ttl (from <paramref name="now"/>) or -ExpiresAt; neither gives now + Default.</summary>
        public static DateTime Resolve(string? ttl, DateTime? expiresAt, DateTime now)
        {
            if (ttl != null && expiresAt != null)
            {
                throw new SpawnValidationException(InvalidExpiresAt, "Give either -Ttl or -ExpiresAt, not both.");
            }
            if (ttl != null)
            {
                return Truncate(now + Parse(ttl));
            }
            if (expiresAt != null)
            {
                var utc = expiresAt.Value.Kind == DateTimeKind.Unspecified
                    ? DateTime.SpecifyKind(expiresAt.Value, DateTimeKind.Local).ToUniversalTime()
                    : expiresAt.Value.ToUniversalTime();
                CheckBounds(utc - now, SpawnTags.FormatTime(utc));
                return Truncate(utc);
            }
            return Truncate(now + Default);
        }

        private static void CheckBounds(TimeSpan duration, string shown)
        {
            if (duration < Minimum || duration > Maximum)
            {
                throw new SpawnValidationException(TtlOutOfRange,
                    $"The lifetime '{shown}' is outside the allowed range: at least {Minimum.TotalMinutes} minutes and at most {Maximum.TotalDays} days from now.",
                    shown);
            }
        }

        private static DateTime Truncate(DateTime utc) =>
            new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

        private static int Number(Group group) =>
            group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
    }
}
