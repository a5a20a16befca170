using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// Reads <see cref="RegistrationOptions"/> from environment variables; the Lambda function and the local host use
    /// the same names. A bad value stops the host at start-up with a message naming the variable (never at request
    /// time, and never failing open by ignoring it).
    /// </summary>
    public static class EndpointEnvironment
    {
        public const string HostedZoneId = "SPAWN_HOSTED_ZONE_ID";
        public const string Domain = "SPAWN_DOMAIN";
        public const string RecordTtl = "SPAWN_RECORD_TTL";
        public const string TrustedCertDir = "SPAWN_TRUSTED_CERT_DIR";
        public const string AccountAllowlist = "SPAWN_ACCOUNT_ALLOWLIST";
        public const string BindSourceIp = "SPAWN_BIND_SOURCE_IP";
        public const string InstanceRateLimit = "SPAWN_RATE_LIMIT_INSTANCE";
        public const string AccountRateLimit = "SPAWN_RATE_LIMIT_ACCOUNT";
        public const string RateWindowSeconds = "SPAWN_RATE_LIMIT_WINDOW_SECONDS";
        public const string StateTable = "SPAWN_STATE_TABLE";
        public const string AllowLegacySignature = "SPAWN_ALLOW_LEGACY_SIGNATURE";
        public const string AccountRoleName = "SPAWN_ACCOUNT_ROLE_NAME";
        public const string AccountRoleExternalId = "SPAWN_ACCOUNT_ROLE_EXTERNAL_ID";

        private static readonly Regex ZoneIdShape = new Regex("^[A-Z0-9]{1,32}$", RegexOptions.CultureInvariant);
        private static readonly Regex AccountShape = new Regex("^[0-9]{12}$", RegexOptions.CultureInvariant);
        private static readonly Regex RoleNameShape = new Regex("^[A-Za-z0-9+=,.@_-]{1,64}$", RegexOptions.CultureInvariant);

        public static RegistrationOptions Read(Func<string, string?> environment)
        {
            string? Get(string name) => string.IsNullOrWhiteSpace(environment(name)) ? null : environment(name)!.Trim();

            var zoneId = Get(HostedZoneId) ?? throw Invalid(HostedZoneId, "is required");
            if (!ZoneIdShape.IsMatch(zoneId))
            {
                throw Invalid(HostedZoneId, "must be a bare Route 53 hosted zone id (such as Z0123456789ABC, without /hostedzone/)");
            }
            var domain = Get(Domain) ?? throw Invalid(Domain, "is required");
            var options = new RegistrationOptions(zoneId, domain.TrimEnd('.'))
            {
                DefaultTtl = Int(Get(RecordTtl), RecordTtl, RegistrationOptions.MinTtl, RegistrationOptions.MaxTtl) ?? 60,
                TrustedCertificateDirectory = Get(TrustedCertDir),
                BindSourceIp = Bool(Get(BindSourceIp), BindSourceIp) ?? true,
                InstanceRateLimit = Int(Get(InstanceRateLimit), InstanceRateLimit, 1, 100000) ?? 10,
                AccountRateLimit = Int(Get(AccountRateLimit), AccountRateLimit, 1, 1000000) ?? 100,
                RateWindow = TimeSpan.FromSeconds(Int(Get(RateWindowSeconds), RateWindowSeconds, 1, 86400) ?? 60),
                StateTable = Get(StateTable),
                AllowLegacySignature = Bool(Get(AllowLegacySignature), AllowLegacySignature) ?? false,
                AccountRoleName = Get(AccountRoleName),
                AccountRoleExternalId = Get(AccountRoleExternalId),
            };

            var allowlist = Get(AccountAllowlist);
            if (allowlist != null)
            {
                var accounts = allowlist.Split(',').Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
                if (accounts.Count == 0 || !accounts.All(AccountShape.IsMatch))
                {
                    throw Invalid(AccountAllowlist, "must be a comma-separated list of 12-digit account ids");
                }
                options.AccountAllowlist = accounts;
            }
            if (options.AccountRoleName != null)
            {
                if (!RoleNameShape.IsMatch(options.AccountRoleName))
                {
                    throw Invalid(AccountRoleName, "must be an IAM role name");
                }
                if (options.AccountRoleExternalId == null)
                {
                    // A cross-account role without an external id is a confused deputy waiting to happen.
                    throw Invalid(AccountRoleExternalId, "is required when " + AccountRoleName + " is set");
                }
            }
            // Validates the domain now rather than on the first request.
            Spawn.Dns.AccountNamespace.Fqdn(Spawn.Dns.RecordName.Parse("a"), "000000000000", options.Domain);
            return options;
        }

        private static int? Int(string? text, string name, int min, int max)
        {
            if (text == null)
            {
                return null;
            }
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw Invalid(name, $"must be a whole number from {min} to {max}");
        }

        private static bool? Bool(string? text, string name) => text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw Invalid(name, "must be true or false"),
        };

        private static SpawnValidationException Invalid(string name, string problem) =>
            new SpawnValidationException("DnsEndpointConfigInvalid", $"{name} {problem}.", name);
    }
}
