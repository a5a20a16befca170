using System;
using System.Globalization;

namespace Spawn.Instances
{
    /// <summary>
    /// The names and value formats of every spawn:* tag, in one place: launch writes them, listing, TTL,
    /// stop and the on-instance agent read them. Times are absolute UTC ISO 8601 to the second
    /// (2025-01-31T18:00:00Z), which the agent's `date -d` parses too.
    /// </summary>
    public static class SpawnTags
    {
        public const string Managed = "spawn:managed";
        public const string Owner = "spawn:owner";
        public const string Created = "spawn:created";
        public const string Ttl = "spawn:ttl";
        public const string Name = "spawn:name";

        /// <summary>The key pair Spawn created for this instance (deleted with it).</summary>
        public const string KeyPair = "spawn:key-pair";

        /// <summary>The per-launch security group Spawn created (deleted once the instance is gone).</summary>
        public const string SecurityGroup = "spawn:security-group";

        /// <summary>The DNS registration endpoint the instance's bootstrap posts to (-DnsEndpoint).</summary>
        public const string DnsEndpoint = "spawn:dns-endpoint";

        /// <summary>The bare id of the hosted zone holding the instance's record, when given at launch.</summary>
        public const string DnsZone = "spawn:dns-zone";

        /// <summary>The record's full name, name.&lt;account namespace&gt;.zone (Stop-SpawnInstance deletes it).</summary>
        public const string DnsName = "spawn:dns-name";

        /// <summary>Run hours of the instance's finished run periods (see <see cref="RunHours"/>), for cost estimates.</summary>
        public const string RunHours = "spawn:run-hours";

        /// <summary>The ssh login user of the image family.</summary>
        public const string SshUser = "spawn:ssh-user";

        /// <summary>The EC2 console's name tag, set to the same value as spawn:name.</summary>
        public const string DisplayName = "Name";

        public const string True = "true";

        public static bool IsReserved(string key) =>
            key.StartsWith("spawn:", StringComparison.OrdinalIgnoreCase) || key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase);

        public static string FormatTime(DateTime utc) =>
            utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        /// <summary>Parses a spawn:ttl/spawn:created value; null when it is missing or malformed.</summary>
        public static DateTime? ParseTime(string? value)
        {
            if (value != null && DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return parsed;
            }
            return null;
        }
    }
}
