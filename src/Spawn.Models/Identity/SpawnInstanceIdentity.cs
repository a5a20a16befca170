using System;
using System.Security.Cryptography.X509Certificates;

namespace Spawn
{
    /// <summary>An instance identity document whose signature verified offline, and the pinned certificate that verified it: output of Test-SpawnInstanceIdentity.</summary>
    public sealed class SpawnInstanceIdentity
    {
        public string AccountId { get; set; } = "";
        public string InstanceId { get; set; } = "";
        public string Region { get; set; } = "";
        public string AvailabilityZone { get; set; } = "";
        public string InstanceType { get; set; } = "";
        public string ImageId { get; set; } = "";
        public DateTimeOffset PendingTime { get; set; }
        public string? PrivateIp { get; set; }
        public string? Architecture { get; set; }
        public string Version { get; set; } = "";

        /// <summary>Rsa2048 or LegacyRsaSignature.</summary>
        public string SignatureFormat { get; set; } = "";

        /// <summary>When AWS signed the document (the CMS signingTime attribute; /rsa2048 only).</summary>
        public DateTimeOffset? SigningTime { get; set; }

        /// <summary>The signed document text, exactly as verified.</summary>
        public string Document { get; set; } = "";

        public X509Certificate2? Certificate { get; set; }
        public string CertificateSha256 { get; set; } = "";

        public override string ToString() => $"{InstanceId} in {AccountId}/{Region}";
    }
}
