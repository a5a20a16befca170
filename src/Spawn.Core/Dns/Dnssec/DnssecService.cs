using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Dns.Records;
using Spawn.Route53;

namespace Spawn.Dns.Dnssec
{
    /// <summary>
    /// Turns on Route 53 DNSSEC signing for a hosted zone, in the order AWS requires (the reference script enabled
    /// signing first and created the key in whatever region was configured): a KMS key in us-east-1 (ECC_NIST_P256,
    /// SIGN_VERIFY) found by its alias alias/spawn-dnssec-&lt;zone id&gt; or created, with Spawn's key policy re-applied;
    /// an active key-signing key on it (reused when the zone already has one on that key); then signing. Each step is
    /// skipped when already done, so running it again is safe. The DS record comes from GetDNSSEC, or is computed from
    /// the KMS public key when Route 53 does not give one.
    /// </summary>
    public sealed class DnssecService
    {
        public const string KeyRegion = "us-east-1";
        public const string InvalidKeyName = "DnssecInvalidKeyName";
        public const string KeyUnsuitable = "DnssecKmsKeyUnsuitable";
        public const string AliasPrefix = "alias/spawn-dnssec-";

        private static readonly Regex KeyName = new Regex(@"\A[A-Za-z0-9_]{3,128}\z", RegexOptions.CultureInvariant);

        private readonly AwsContext _context;
        private readonly IOperationLog _log;

        public DnssecService(AwsContext context, IOperationLog log)
        {
            _context = context;
            _log = log;
        }

        public static void ValidateKeyName(string name)
        {
            if (name == null || !KeyName.IsMatch(name))
            {
                throw new SpawnValidationException(InvalidKeyName, "A key-signing key name has 3 to 128 letters, digits or underscores.", name);
            }
        }

        public async Task<SpawnDnssecStatus> StatusAsync(ZoneSelector selector, CancellationToken cancellationToken)
        {
            var zone = await new HostedZoneLocator(_context.Route53).FindAsync(selector, cancellationToken).ConfigureAwait(false);
            return ToStatus(zone, await GetDnssecAsync(zone, cancellationToken).ConfigureAwait(false), null);
        }

        public async Task<SpawnDnssecStatus> EnableAsync(ZoneSelector selector, string keySigningKeyName, CancellationToken cancellationToken)
        {
            ValidateKeyName(keySigningKeyName);
            var zone = await new HostedZoneLocator(_context.Route53).FindAsync(selector, cancellationToken).ConfigureAwait(false);
            var caller = await _context.GetCallerAsync(cancellationToken).ConfigureAwait(false);
            var partition = caller.Arn.Split(':').ElementAtOrDefault(1) ?? "aws";

            // Route 53 only accepts KSK keys from us-east-1, whatever region the caller works in.
            using var regional = _context.RegionName == KeyRegion ? null : _context.ForRegion(KeyRegion);
            var kms = (regional ?? _context).Kms;
            var key = await FindOrCreateKeyAsync(kms, zone, cancellationToken).ConfigureAwait(false);
            await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest
            {
                KeyId = key.KeyId,
                PolicyName = "default",
                Policy = DnssecKeyPolicy.For(partition, caller.Account, zone.Id),
            }, cancellationToken).ConfigureAwait(false);
            _log.Verbose($"Key policy of {key.Arn} allows {DnssecKeyPolicy.ServicePrincipal} for hosted zone {zone.Id}.");

            var current = await GetDnssecAsync(zone, cancellationToken).ConfigureAwait(false);
            if (!current.KeySigningKeys.Any(k => k.KmsArn == key.Arn && k.Status == "ACTIVE"))
            {
                _log.Verbose($"Creating key-signing key {keySigningKeyName} on {key.Arn}.");
                await _context.Route53.CreateKeySigningKeyAsync(new CreateKeySigningKeyRequest
                {
                    CallerReference = "spawn-" + Guid.NewGuid().ToString("N"),
                    HostedZoneId = zone.Id,
                    KeyManagementServiceArn = key.Arn,
                    Name = keySigningKeyName,
                    Status = "ACTIVE",
                }, cancellationToken).ConfigureAwait(false);
            }
            if (current.Status.ServeSignature != "SIGNING")
            {
                _log.Verbose($"Enabling DNSSEC signing of {zone.Name}.");
                await _context.Route53.EnableHostedZoneDnssecAsync(new EnableHostedZoneDnssecRequest { HostedZoneId = zone.Id }, cancellationToken)
                    .ConfigureAwait(false);
            }

            var status = ToStatus(zone, await GetDnssecAsync(zone, cancellationToken).ConfigureAwait(false), key.Arn);
            if (status.DsRecord == null)
            {
                var publicKey = await kms.GetPublicKeyAsync(new GetPublicKeyRequest { KeyId = key.KeyId }, cancellationToken).ConfigureAwait(false);
                var (_, ds) = KmsPublicKeyDs.Compute(zone.Name, publicKey.PublicKey.ToArray());
                status.DsRecord = ds.ToString();
                _log.Verbose("Route 53 gave no DS record; it was computed from the KMS public key.");
            }
            return status;
        }

        private async Task<KeyMetadata> FindOrCreateKeyAsync(IAmazonKeyManagementService kms, ResolvedZone zone, CancellationToken cancellationToken)
        {
            var alias = AliasPrefix + zone.Id;
            KeyMetadata key;
            try
            {
                key = (await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = alias }, cancellationToken).ConfigureAwait(false)).KeyMetadata;
                _log.Verbose($"Reusing KMS key {key.Arn} ({alias}).");
            }
            catch (NotFoundException)
            {
                key = (await kms.CreateKeyAsync(new CreateKeyRequest
                {
                    KeySpec = KeySpec.ECC_NIST_P256,
                    KeyUsage = KeyUsageType.SIGN_VERIFY,
                    Description = $"Spawn DNSSEC key-signing key for Route 53 hosted zone {zone.Id} ({zone.Name})",
                    Tags = new List<Tag>
                    {
                        new Tag { TagKey = "spawn:managed", TagValue = "true" },
                        new Tag { TagKey = "spawn:dnssec-zone", TagValue = zone.Id },
                    },
                }, cancellationToken).ConfigureAwait(false)).KeyMetadata;
                await kms.CreateAliasAsync(new CreateAliasRequest { AliasName = alias, TargetKeyId = key.KeyId }, cancellationToken).ConfigureAwait(false);
                _log.Verbose($"Created KMS key {key.Arn} ({alias}).");
            }
            if (key.KeySpec != KeySpec.ECC_NIST_P256 || key.KeyUsage != KeyUsageType.SIGN_VERIFY || key.KeyState != KeyState.Enabled)
            {
                throw new SpawnException(KeyUnsuitable, SpawnErrorKind.InvalidOperation,
                    $"The KMS key {key.Arn} behind {alias} is {key.KeySpec} {key.KeyUsage} {key.KeyState}; Route 53 DNSSEC needs an enabled ECC_NIST_P256 SIGN_VERIFY key.")
                {
                    Target = key.Arn,
                };
            }
            return key;
        }

        private Task<GetDnssecResponse> GetDnssecAsync(ResolvedZone zone, CancellationToken cancellationToken) =>
            _context.Route53.GetDnssecAsync(new GetDnssecRequest { HostedZoneId = zone.Id }, cancellationToken);

        private static SpawnDnssecStatus ToStatus(ResolvedZone zone, GetDnssecResponse response, string? kmsArn)
        {
            var keys = response.KeySigningKeys.Select(k => new SpawnKeySigningKey
            {
                Name = k.Name,
                Status = k.Status,
                KeyTag = k.KeyTag,
                SigningAlgorithm = k.SigningAlgorithmMnemonic,
                KmsKeyArn = k.KmsArn,
                DsRecord = k.DsRecord,
                DnskeyRecord = k.DnskeyRecord,
            }).ToArray();
            var main = keys.FirstOrDefault(k => kmsArn != null && k.KmsKeyArn == kmsArn) ?? keys.FirstOrDefault(k => k.Status == "ACTIVE");
            return new SpawnDnssecStatus
            {
                HostedZoneId = zone.Id,
                ZoneName = zone.Name,
                ServeSignature = response.Status.ServeSignature,
                StatusMessage = response.Status.StatusMessage,
                KeySigningKeys = keys,
                DsRecord = main?.DsRecord,
            };
        }
    }
}
