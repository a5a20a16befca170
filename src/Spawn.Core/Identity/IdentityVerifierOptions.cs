namespace Spawn.Identity
{
    /// <summary>What an <see cref="IdentityVerifier"/> accepts. The defaults accept only <c>/rsa2048</c> with the built-in certificates.</summary>
    public sealed class IdentityVerifierOptions
    {
        /// <summary>Certificates for <c>/rsa2048</c>; null means the built-in set.</summary>
        public PinnedCertificates? Rsa2048Certificates { get; set; }

        /// <summary>
        /// Accept the legacy <c>/signature</c> format. Off by default: its 1024-bit keys are shared by many regions
        /// (a signature from one region verifies with another's certificate), so it proves less than <c>/rsa2048</c>.
        /// </summary>
        public bool AllowLegacySignature { get; set; }

        /// <summary>Certificates for the legacy format when it is allowed; null means the built-in set.</summary>
        public PinnedCertificates? LegacyRsaCertificates { get; set; }
    }
}
