using System;
using System.Collections.Generic;

namespace Spawn.Dns.Registration
{
    /// <summary>How the endpoint is configured; read from the environment by <see cref="EndpointEnvironment"/>.</summary>
    public sealed class RegistrationOptions
    {
        public const int MinTtl = 30;
        public const int MaxTtl = 3600;

        public RegistrationOptions(string hostedZoneId, string domain)
        {
            HostedZoneId = hostedZoneId ?? throw new ArgumentNullException(nameof(hostedZoneId));
            Domain = domain ?? throw new ArgumentNullException(nameof(domain));
        }

        public string HostedZoneId { get; }

        /// <summary>The zone's name; records live at &lt;name&gt;.&lt;base36 account&gt;.&lt;domain&gt;.</summary>
        public string Domain { get; }

        /// <summary>TTL when the request gives none (the reference uses 60 s, short enough for a changed address).</summary>
        public int DefaultTtl { get; set; } = 60;

        /// <summary>Accounts that may register; null means any account whose instance EC2 confirms.</summary>
        public IReadOnlyCollection<string>? AccountAllowlist { get; set; }

        /// <summary>
        /// Require the caller's TCP source address to equal the instance's public address (defeats replay of a leaked
        /// document from another host). On by default; instances behind NAT need it off.
        /// </summary>
        public bool BindSourceIp { get; set; } = true;

        public int InstanceRateLimit { get; set; } = 10;
        public int AccountRateLimit { get; set; } = 100;
        public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>Accept the legacy document + /signature pair (1024-bit keys shared by regions). Off by default.</summary>
        public bool AllowLegacySignature { get; set; }

        /// <summary>A folder of &lt;region&gt;.pem files that add or replace pinned certificates without a rebuild.</summary>
        public string? TrustedCertificateDirectory { get; set; }

        /// <summary>The DynamoDB table for ownership, replay and rate state; null keeps the state in memory (local host).</summary>
        public string? StateTable { get; set; }

        /// <summary>When set, other accounts' instances are looked up through this role (assumed with <see cref="AccountRoleExternalId"/>).</summary>
        public string? AccountRoleName { get; set; }
        public string? AccountRoleExternalId { get; set; }
    }
}
