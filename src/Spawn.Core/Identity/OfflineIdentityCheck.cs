using System.Text;

namespace Spawn.Identity
{
    /// <summary>
    /// Verifies an identity proof on its own, with no AWS call (Test-SpawnInstanceIdentity): against the built-in pinned
    /// certificates, or with <c>&lt;region&gt;.pem</c> files from a directory added or replacing them.
    /// </summary>
    public static class OfflineIdentityCheck
    {
        public static SpawnInstanceIdentity VerifyRsa2048(string rsa2048, string? certificateDirectory) =>
            ToModel(new IdentityVerifier(new IdentityVerifierOptions
            {
                Rsa2048Certificates = PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048, certificateDirectory),
            }).VerifyRsa2048(rsa2048));

        public static SpawnInstanceIdentity VerifyLegacy(byte[] document, string signature, string? certificateDirectory) =>
            ToModel(new IdentityVerifier(new IdentityVerifierOptions
            {
                AllowLegacySignature = true,
                LegacyRsaCertificates = PinnedCertificates.BuiltIn(IdentitySignatureFormat.LegacyRsaSignature, certificateDirectory),
            }).VerifyLegacySignature(document, signature));

        private static SpawnInstanceIdentity ToModel(VerifiedIdentity verified)
        {
            var d = verified.Document;
            return new SpawnInstanceIdentity
            {
                AccountId = d.AccountId,
                InstanceId = d.InstanceId,
                Region = d.Region,
                AvailabilityZone = d.AvailabilityZone,
                InstanceType = d.InstanceType,
                ImageId = d.ImageId,
                PendingTime = d.PendingTime,
                PrivateIp = d.PrivateIp?.ToString(),
                Architecture = d.Architecture,
                Version = d.Version,
                SignatureFormat = verified.Format.ToString(),
                SigningTime = verified.SigningTime,
                Document = Encoding.UTF8.GetString(d.Bytes),
                Certificate = verified.Certificate,
                CertificateSha256 = verified.CertificateSha256,
            };
        }
    }
}
