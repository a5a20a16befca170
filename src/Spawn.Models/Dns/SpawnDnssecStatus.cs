using System;

namespace Spawn
{
    /// <summary>A hosted zone's DNSSEC signing status and keys: output of Get-SpawnDnssecStatus and Enable-SpawnDnssec.</summary>
    public sealed class SpawnDnssecStatus
    {
        public string HostedZoneId { get; set; } = "";
        public string ZoneName { get; set; } = "";

        /// <summary>SIGNING, NOT_SIGNING, DELETING, ACTION_NEEDED or INTERNAL_FAILURE, as Route 53 reports it.</summary>
        public string ServeSignature { get; set; } = "";
        public string? StatusMessage { get; set; }
        public SpawnKeySigningKey[] KeySigningKeys { get; set; } = Array.Empty<SpawnKeySigningKey>();

        /// <summary>The DS record to publish at the parent zone (of the first active key), in presentation format.</summary>
        public string? DsRecord { get; set; }

        public override string ToString() => $"{ZoneName} {ServeSignature}";
    }

    /// <summary>A Route 53 key-signing key and the KMS key behind it.</summary>
    public sealed class SpawnKeySigningKey
    {
        public string Name { get; set; } = "";
        public string? Status { get; set; }
        public long? KeyTag { get; set; }
        public string? SigningAlgorithm { get; set; }
        public string? KmsKeyArn { get; set; }
        public string? DsRecord { get; set; }
        public string? DnskeyRecord { get; set; }

        public override string ToString() => $"{Name} tag {KeyTag} {Status}";
    }
}
