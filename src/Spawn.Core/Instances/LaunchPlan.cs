using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Spawn.Iam;
using Spawn.Security;

namespace Spawn.Instances
{
    /// <summary>
    /// A validated launch with Spawn's secure defaults applied. Building one sends nothing to AWS, so every
    /// bad parameter is refused (with its own error id) before anything exists; -WhatIf shows <see cref="Describe"/>.
    /// The single source of truth for what the <see cref="Launcher"/> creates.
    /// </summary>
    public sealed class LaunchPlan
    {
        public const string MaxCount = "20";

        private static readonly Regex SubnetShape = new Regex("^subnet-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);
        private static readonly Regex GroupShape = new Regex("^sg-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);
        private static readonly Regex ImageShape = new Regex("^ami-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);
        private static readonly Regex ZoneShape = new Regex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}[a-z]$", RegexOptions.CultureInvariant);
        private static readonly Regex KeyNameShape = new Regex(@"^[\x20-\x7e]{1,255}$", RegexOptions.CultureInvariant);
        private static readonly Regex PriceShape = new Regex(@"^\d{1,4}(\.\d{1,6})?$", RegexOptions.CultureInvariant);
        private static readonly Regex TokenShape = new Regex(@"^[\x21-\x7e]{1,48}$", RegexOptions.CultureInvariant);

        private LaunchPlan() { }

        public string Region { get; private set; } = "";
        public string InstanceType { get; private set; } = "";
        public string? ImageId { get; private set; }
        public IReadOnlyList<string> Names { get; private set; } = Array.Empty<string>();
        public bool Spot { get; private set; }
        public string? SpotMaxPrice { get; private set; }
        public string? AvailabilityZone { get; private set; }
        public string? SubnetId { get; private set; }
        public bool AssociatePublicIp { get; private set; }
        public IReadOnlyList<string> SecurityGroupIds { get; private set; } = Array.Empty<string>();

        /// <summary>True when Spawn creates a per-launch security group (no -SecurityGroupId given).</summary>
        public bool CreatesSecurityGroup => SecurityGroupIds.Count == 0;

        public IReadOnlyList<Cidr> AllowSshFrom { get; private set; } = Array.Empty<Cidr>();
        public string? ExistingKeyName { get; private set; }
        public bool CreatesKeyPairs => ExistingKeyName == null;
        public string KeyDirectory { get; private set; } = "";
        public string? KmsKeyId { get; private set; }
        public int? VolumeSize { get; private set; }
        public string? UserScript { get; private set; }
        public DateTime ExpiresAt { get; private set; }
        public IReadOnlyDictionary<string, string> UserTags { get; private set; } = new Dictionary<string, string>();
        public int MetadataHopLimit { get; private set; }
        public bool ImdsV2Required { get; private set; }
        public string ClientToken { get; private set; } = "";

        /// <summary>The instance role's permissions; null when the instance gets no role.</summary>
        public InstanceRolePolicy? RolePolicy { get; private set; }

        /// <summary>DNS registration of each instance under its name; null without -DnsEndpoint.</summary>
        public DnsRegistration? Dns { get; private set; }

        /// <summary>Risky but allowed choices, for the cmdlet to write as warnings.</summary>
        public IReadOnlyList<string> Warnings { get; private set; } = Array.Empty<string>();

        /// <summary>
        /// Validates <paramref name="request"/> for <paramref name="region"/>; <paramref name="allowSecrets"/>
        /// is -AllowSecretInUserData. Throws <see cref="SpawnValidationException"/> on the first problem.
        /// </summary>
        public static LaunchPlan From(LaunchRequest request, string region, DateTime now, bool allowSecrets = false)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            var warnings = new List<string>();
            var plan = new LaunchPlan
            {
                Region = region,
                InstanceType = InstanceTypeName.Validate(request.InstanceType),
                ImageId = Optional(request.ImageId, ImageShape, "InvalidImageId", "an AMI id such as ami-0123456789abcdef0"),
                Spot = request.Spot,
                SubnetId = Optional(request.SubnetId, SubnetShape, "InvalidSubnetId", "a subnet id such as subnet-0123456789abcdef0"),
                AvailabilityZone = Optional(request.AvailabilityZone, ZoneShape, "InvalidAvailabilityZone", "a zone such as us-east-1a"),
                AssociatePublicIp = !request.NoPublicIp,
                ExistingKeyName = Optional(request.KeyName, KeyNameShape, "InvalidKeyName", "the name of an existing key pair"),
                KmsKeyId = request.KmsKeyId,
                ExpiresAt = Ttl.Resolve(request.Ttl, request.ExpiresAt, now),
                ImdsV2Required = !request.AllowImdsV1,
                KeyDirectory = KeyStore.ResolveDirectory(request.KeyDirectory),
            };

            if (request.Count < 1 || request.Count > int.Parse(MaxCount, CultureInfo.InvariantCulture))
            {
                throw new SpawnValidationException("InvalidCount", $"-Count must be between 1 and {MaxCount}.");
            }
            plan.Names = BuildNames(request.Name, request.Count);
            plan.Dns = DnsRegistration.From(request.DnsEndpoint, request.DnsZoneName, request.DnsHostedZoneId, request.Name, plan.Names);

            if (plan.AvailabilityZone != null && !plan.AvailabilityZone.StartsWith(region, StringComparison.Ordinal))
            {
                throw new SpawnValidationException("InvalidAvailabilityZone",
                    $"The availability zone '{plan.AvailabilityZone}' is not in the region {region}.", plan.AvailabilityZone);
            }
            if (request.SpotMaxPrice != null)
            {
                if (!request.Spot)
                {
                    throw new SpawnValidationException("SpotMaxPriceWithoutSpot", "-SpotMaxPrice only applies with -Spot.");
                }
                if (!PriceShape.IsMatch(request.SpotMaxPrice) || decimal.Parse(request.SpotMaxPrice, CultureInfo.InvariantCulture) <= 0)
                {
                    throw new SpawnValidationException("InvalidSpotMaxPrice",
                        $"'{request.SpotMaxPrice}' is not a price in USD per hour (for example 0.05).", request.SpotMaxPrice);
                }
                plan.SpotMaxPrice = request.SpotMaxPrice;
            }

            plan.SecurityGroupIds = request.SecurityGroupIds
                .Select(g => Optional(g, GroupShape, "InvalidSecurityGroupId", "a security group id such as sg-0123456789abcdef0")!)
                .Distinct().ToList();
            plan.AllowSshFrom = request.AllowSshFrom.Select(Cidr.Parse).GroupBy(c => c.Text).Select(g => g.First()).ToList();
            if (plan.AllowSshFrom.Count > 0 && !plan.CreatesSecurityGroup)
            {
                throw new SpawnValidationException("AllowSshFromWithSecurityGroup",
                    "-AllowSshFrom shapes the per-launch security group; with -SecurityGroupId, change the rules of your own group instead.");
            }
            foreach (var open in plan.AllowSshFrom.Where(c => c.IsEverywhere))
            {
                warnings.Add($"SSH will be open to the whole Internet ({open}). Prefer your own address, for example -AllowSshFrom 203.0.113.7/32.");
            }

            if (request.KmsKeyId != null && (request.KmsKeyId.Length == 0 || request.KmsKeyId.Length > 2048))
            {
                throw new SpawnValidationException("InvalidKmsKeyId", "-KmsKeyId must be a key id, key ARN, alias name or alias ARN.");
            }
            if (request.VolumeSize != null && (request.VolumeSize < 1 || request.VolumeSize > 16384))
            {
                throw new SpawnValidationException("InvalidVolumeSize", "-VolumeSize is in GiB, from 1 to 16384.");
            }
            plan.VolumeSize = request.VolumeSize;

            if (request.MetadataHopLimit < 1 || request.MetadataHopLimit > 64)
            {
                throw new SpawnValidationException("InvalidMetadataHopLimit", "-MetadataHopLimit must be between 1 and 64.");
            }
            plan.MetadataHopLimit = request.MetadataHopLimit;
            if (request.AllowImdsV1)
            {
                warnings.Add("IMDSv1 is allowed: any process or SSRF bug on the instance can read its role credentials without a session token.");
            }

            plan.UserTags = ValidateTags(request.Tags);
            plan.UserScript = ReadUserScript(request, allowSecrets);
            var policyFile = request.IamPolicyFile == null ? null : PathPolicy.Validate(request.IamPolicyFile).ReadAllText();
            plan.RolePolicy = InstanceRolePolicy.From(request.IamPolicies, request.IamPolicyResources, policyFile, request.IamPolicyFile,
                request.AllowBroadIamPolicy, warnings);
            if (request.ClientToken != null && !TokenShape.IsMatch(request.ClientToken))
            {
                throw new SpawnValidationException("InvalidClientToken", "-ClientToken must be 1-48 printable ASCII characters without spaces.");
            }
            plan.ClientToken = request.ClientToken ?? Guid.NewGuid().ToString("N");
            plan.Warnings = warnings;
            return plan;
        }

        /// <summary>The -WhatIf text: everything that would be created, with the secure defaults spelled out.</summary>
        public string Describe()
        {
            var text = new StringBuilder();
            text.Append(Spot ? "Spot " : "").Append(InstanceType).Append(" in ").Append(AvailabilityZone ?? Region)
                .Append(": ").Append(string.Join(", ", Names))
                .Append("; image ").Append(ImageId ?? "latest Amazon Linux 2023 (SSM public parameter)")
                .Append("; expires ").Append(SpawnTags.FormatTime(ExpiresAt))
                .Append("; IMDSv2 ").Append(ImdsV2Required ? "required" : "optional").Append(", hop limit ").Append(MetadataHopLimit)
                .Append("; EBS encrypted with ").Append(KmsKeyId ?? "the default key")
                .Append("; key pair ").Append(CreatesKeyPairs ? "new ED25519 per instance, saved under " + KeyDirectory : ExistingKeyName)
                .Append("; security group ").Append(CreatesSecurityGroup
                    ? "new, SSH from " + (AllowSshFrom.Count == 0 ? "nowhere" : string.Join(", ", AllowSshFrom))
                    : string.Join(", ", SecurityGroupIds))
                .Append("; IAM role ").Append(RolePolicy == null ? "none" : "spawn-<policy hash> from " + RolePolicy.Describe())
                .Append(AssociatePublicIp ? "" : "; no public IP")
                .Append(Dns == null ? "" : "; " + Dns.Describe());
            return text.ToString();
        }

        private static IReadOnlyList<string> BuildNames(string? name, int count)
        {
            var baseName = name ?? "spawn-" + Guid.NewGuid().ToString("N").Substring(0, 8);
            InstanceName.Validate(baseName);
            if (count == 1)
            {
                return new[] { baseName };
            }
            return Enumerable.Range(1, count)
                .Select(i => InstanceName.Validate(baseName + "-" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        }

        private static IReadOnlyDictionary<string, string> ValidateTags(IReadOnlyDictionary<string, string> tags)
        {
            // EC2 allows 50 tags per resource; Spawn's own take up to 12.
            if (tags.Count > 38)
            {
                throw new SpawnValidationException("InvalidTag", "-Tag takes at most 38 tags (EC2 allows 50 and Spawn writes its own).");
            }
            foreach (var tag in tags)
            {
                if (tag.Key.Length == 0 || tag.Key.Length > 128 || (tag.Value ?? "").Length > 256)
                {
                    throw new SpawnValidationException("InvalidTag", $"The tag '{tag.Key}' is too long or empty (key 1-128, value up to 256 characters).", tag.Key);
                }
                if (SpawnTags.IsReserved(tag.Key) || tag.Key == SpawnTags.DisplayName)
                {
                    throw new SpawnValidationException("ReservedTag",
                        $"The tag '{tag.Key}' is reserved: Spawn sets Name and spawn:* itself, and aws:* belongs to AWS. Use -Name for the name.", tag.Key);
                }
            }
            return tags;
        }

        private static string? ReadUserScript(LaunchRequest request, bool allowSecrets)
        {
            if (request.UserData != null && request.UserDataPath != null)
            {
                throw new SpawnValidationException("UserDataConflict", "Give either -UserData or -UserDataPath, not both.");
            }
            var script = request.UserDataPath != null
                ? PathPolicy.Validate(request.UserDataPath, PathPolicy.UserDataMaxBytes).ReadAllText()
                : request.UserData;
            if (script == null || allowSecrets)
            {
                return script;
            }
            IReadOnlyList<SecretFinding> findings;
            try
            {
                findings = SecretScanner.Scan(script);
            }
            catch (RegexMatchTimeoutException)
            {
                throw new SpawnValidationException("UserDataScanFailed",
                    "The user data could not be scanned for secrets in time; it was not sent. Simplify it or pass -AllowSecretInUserData.");
            }
            if (findings.Count > 0)
            {
                var where = string.Join("; ", findings.Select(f => $"{f.Kind} at line {f.Line}"));
                throw new SpawnValidationException("UserDataContainsSecret",
                    $"The user data contains what looks like a secret ({where}). User data is readable by anyone who can describe the instance and by every process on it; fetch secrets at boot (for example from Secrets Manager with the instance role). Pass -AllowSecretInUserData to send it anyway.");
            }
            return script;
        }

        private static string? Optional(string? value, Regex shape, string errorId, string what)
        {
            if (value != null && !shape.IsMatch(value))
            {
                throw new SpawnValidationException(errorId, $"'{value}' is not {what}.", value);
            }
            return value;
        }
    }
}
