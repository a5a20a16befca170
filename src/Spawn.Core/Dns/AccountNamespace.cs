using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Spawn.Dns
{
    /// <summary>
    /// Every account gets its own DNS namespace, <c>&lt;name&gt;.&lt;base36(account)&gt;.&lt;zone&gt;</c>, so instances of
    /// one account can never claim names of another. The label is the account id read as a number and written in
    /// lowercase base 36 without leading zeros, exactly as the reference tool does (Go <c>big.Int.Text(36)</c> /
    /// <c>strconv.FormatUint(id, 36)</c>): 123456789012 → 1kpqzg2c, at most 8 characters.
    /// </summary>
    public static class AccountNamespace
    {
        /// <summary>RFC 1035 bound on a name in text form without the trailing dot.</summary>
        public const int MaxNameLength = 253;

        private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        private static readonly Regex AccountIdShape = new Regex("^[0-9]{12}$", RegexOptions.CultureInvariant);
        private static readonly Regex ZoneLabel = new Regex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);

        /// <summary>The base36 label of a 12-digit account id.</summary>
        public static string Label(string accountId)
        {
            if (accountId == null || !AccountIdShape.IsMatch(accountId))
            {
                throw new SpawnValidationException("DnsInvalidAccountId", "The account id must be exactly 12 digits.", accountId);
            }
            var value = ulong.Parse(accountId, System.Globalization.CultureInfo.InvariantCulture);
            if (value == 0)
            {
                return "0";
            }
            var label = new StringBuilder();
            for (; value > 0; value /= 36)
            {
                label.Insert(0, Digits[(int)(value % 36)]);
            }
            return label.ToString();
        }

        /// <summary>
        /// <c>&lt;name&gt;.&lt;base36(account)&gt;.&lt;zone&gt;</c>, without a trailing dot. The zone may be given with or without
        /// its trailing dot; it must be a lowercase hostname (labels of a-z, 0-9, hyphen; punycode allowed there,
        /// since the operator chose it) and the whole name must fit in 253 characters.
        /// </summary>
        public static string Fqdn(RecordName name, string accountId, string zone)
        {
            var fqdn = $"{(name ?? throw new ArgumentNullException(nameof(name))).Value}.{Label(accountId)}.{NormalizeZone(zone)}";
            if (fqdn.Length > MaxNameLength)
            {
                throw new SpawnValidationException("DnsNameTooLong", "The full DNS name is longer than 253 characters.", fqdn);
            }
            return fqdn;
        }

        private static string NormalizeZone(string zone)
        {
            var trimmed = zone != null && zone.EndsWith(".", StringComparison.Ordinal) ? zone.Substring(0, zone.Length - 1) : zone;
            if (string.IsNullOrEmpty(trimmed) || !trimmed!.Split('.').All(ZoneLabel.IsMatch))
            {
                throw new SpawnValidationException("DnsInvalidZone",
                    "The DNS zone must be a lowercase host name (labels of a-z, 0-9 and hyphens), optionally ending with a dot.", zone);
            }
            return trimmed;
        }
    }
}
