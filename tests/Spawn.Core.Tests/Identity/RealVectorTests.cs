using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Spawn.Identity;
using Xunit;

namespace Spawn.Tests.Identity
{
    /// <summary>Documents AWS really signed (ap-southeast-2), against the certificates built into Spawn.Core.</summary>
    public class RealVectorTests
    {
        private static string Rsa2048Text => File.ReadAllText(SharedFiles.Path("identity-vectors", "ap-southeast-2", "rsa2048.txt"));
        private static byte[] DocumentBytes => File.ReadAllBytes(SharedFiles.Path("identity-vectors", "ap-southeast-2", "document.json"));
        private static string SignatureText => File.ReadAllText(SharedFiles.Path("identity-vectors", "ap-southeast-2", "signature.txt"));

        private static X509Certificate2 AwsCertificate(string folder, string region) =>
            X509Certificate2.CreateFromPem(File.ReadAllText(SharedFiles.Path("aws-identity-certificates", folder, region + ".pem")));

        [Fact]
        public void Rsa2048_VerifiesWithBuiltInCertificates_AndYieldsTheSignedFields()
        {
            var identity = new IdentityVerifier().VerifyRsa2048(Rsa2048Text);

            var document = identity.Document;
            Assert.Equal("189292791360", document.AccountId);
            Assert.Equal("i-0c5541936caf78c12", document.InstanceId);
            Assert.Equal("ap-southeast-2", document.Region);
            Assert.Equal("ap-southeast-2a", document.AvailabilityZone);
            Assert.Equal("t4g.small", document.InstanceType);
            Assert.Equal("ami-0cbde744623b7506b", document.ImageId);
            Assert.Equal("arm64", document.Architecture);
            Assert.Equal("10.0.1.242", document.PrivateIp!.ToString());
            Assert.Equal("2017-09-30", document.Version);
            Assert.Equal(new DateTimeOffset(2026, 2, 16, 0, 38, 27, TimeSpan.Zero), document.PendingTime);
            Assert.Equal(DocumentBytes, document.Bytes);

            Assert.Equal("ap-southeast-2", identity.Region);
            Assert.Equal(IdentitySignatureFormat.Rsa2048, identity.Format);
            Assert.Equal(new DateTimeOffset(2026, 2, 16, 0, 38, 28, TimeSpan.Zero), identity.SigningTime);
            Assert.Equal("00BD9B3A06FE76AF6B", identity.CertificateSerialNumber);
            Assert.Contains("O=Amazon Web Services LLC", identity.CertificateSubject);
            Assert.Equal(AwsCertificate("rsa2048", "ap-southeast-2").GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), identity.CertificateSha256);
        }

        [Fact]
        public void Rsa2048_InPkcs7PemArmour_Verifies()
        {
            var armoured = "-----BEGIN PKCS7-----\n" + Rsa2048Text + "\n-----END PKCS7-----\n";

            Assert.Equal("i-0c5541936caf78c12", new IdentityVerifier().VerifyRsa2048(armoured).Document.InstanceId);
        }

        [Fact]
        public void Rsa2048_WithAnotherRegionsCertificatePinnedForItsRegion_IsRejected()
        {
            var wrong = PinnedCertificates.FromCertificates(IdentitySignatureFormat.Rsa2048,
                new[] { new KeyValuePair<string, X509Certificate2>("ap-southeast-2", AwsCertificate("rsa2048", "us-east-1")) });

            var e = Assert.Throws<IdentityRejectedException>(() =>
                new IdentityVerifier(new IdentityVerifierOptions { Rsa2048Certificates = wrong }).VerifyRsa2048(Rsa2048Text));
            Assert.Equal(IdentityRejectionReason.SignerNotPinned, e.Reason);
        }

        [Fact]
        public void Rsa2048_WithTrailingBytesAfterTheMessage_IsRejected()
        {
            var der = Convert.FromBase64String(Rsa2048Text);
            var padded = new byte[der.Length + 4];
            der.CopyTo(padded, 0);

            var e = Assert.Throws<IdentityRejectedException>(() => new IdentityVerifier().VerifyRsa2048(Convert.ToBase64String(padded)));
            Assert.Equal(IdentityRejectionReason.NotSignedData, e.Reason);
        }

        [Fact]
        public void LegacySignature_IsRefusedUnlessEnabled()
        {
            var e = Assert.Throws<IdentityRejectedException>(() => new IdentityVerifier().VerifyLegacySignature(DocumentBytes, SignatureText));
            Assert.Equal(IdentityRejectionReason.LegacySignatureDisabled, e.Reason);
        }

        [Fact]
        public void LegacySignature_WhenEnabled_VerifiesTheExactDocumentBytes()
        {
            var verifier = new IdentityVerifier(new IdentityVerifierOptions { AllowLegacySignature = true });

            var identity = verifier.VerifyLegacySignature(DocumentBytes, SignatureText);

            Assert.Equal("189292791360", identity.Document.AccountId);
            Assert.Equal(IdentitySignatureFormat.LegacyRsaSignature, identity.Format);
            Assert.Null(identity.SigningTime);
        }

        [Fact]
        public void LegacySignature_OverReserialisedDocument_IsRejected()
        {
            var verifier = new IdentityVerifier(new IdentityVerifierOptions { AllowLegacySignature = true });
            var withNewline = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(DocumentBytes) + "\n");

            var e = Assert.Throws<IdentityRejectedException>(() => verifier.VerifyLegacySignature(withNewline, SignatureText));
            Assert.Equal(IdentityRejectionReason.SignatureInvalid, e.Reason);
        }

        [Fact]
        public void LegacyCertificates_CannotBeUsedForRsa2048()
        {
            Assert.Throws<ArgumentException>(() => new IdentityVerifier(new IdentityVerifierOptions
            {
                Rsa2048Certificates = PinnedCertificates.BuiltIn(IdentitySignatureFormat.LegacyRsaSignature),
            }));
        }
    }
}
