using System;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Spawn.Identity;
using Xunit;

namespace Spawn.Tests.Identity
{
    /// <summary>
    /// The /rsa2048 verifier against a test authority pinned for us-east-1, and the attacks it must refuse.
    /// </summary>
    public sealed class IdentityVerifierTests : IDisposable
    {
        private const string Region = "us-east-1";
        private readonly TestAuthority _aws = new TestAuthority();
        private readonly IdentityVerifier _verifier;

        public IdentityVerifierTests()
        {
            _verifier = new IdentityVerifier(new IdentityVerifierOptions { Rsa2048Certificates = _aws.PinnedFor(Region) });
        }

        public void Dispose() => _aws.Dispose();

        private IdentityRejectionReason Rejection(string text) =>
            Assert.Throws<IdentityRejectedException>(() => _verifier.VerifyRsa2048(text)).Reason;

        [Fact]
        public void Valid_IsAccepted_WithTheSignedIdentityAndThePinnedCertificate()
        {
            var identity = _verifier.VerifyRsa2048(_aws.Sign(TestAuthority.Document()));

            Assert.Equal("123456789012", identity.Document.AccountId);
            Assert.Equal("i-0123456789abcdef0", identity.Document.InstanceId);
            Assert.Equal(Region, identity.Region);
            Assert.Equal(_aws.PublicCertificate.SerialNumber, identity.CertificateSerialNumber);
            Assert.Equal(_aws.PublicCertificate.GetCertHashString(HashAlgorithmName.SHA256), identity.CertificateSha256);
            Assert.Equal(new DateTimeOffset(2026, 2, 16, 0, 38, 28, TimeSpan.Zero), identity.SigningTime);
        }

        [Fact]
        public void Valid_WithThePinnedCertificateItselfEmbedded_IsAccepted()
        {
            // Some IMDS responses have carried a certificate (Vault #12520); the bag is discarded, not trusted.
            var text = _aws.Sign(TestAuthority.Document(), include: X509IncludeOption.EndCertOnly);

            Assert.Equal(Region, _verifier.VerifyRsa2048(text).Region);
        }

        [Fact]
        public void ForgedSignature_ByAnotherKeyClaimingThePinnedIssuerAndSerial_IsSignatureInvalid()
        {
            using var attacker = new TestAuthority(serial: _aws.SerialNumber);

            Assert.Equal(IdentityRejectionReason.SignatureInvalid, Rejection(attacker.Sign(TestAuthority.Document())));
        }

        [Fact]
        public void ForgedSignature_ByAnotherKeyUnderItsOwnSerial_IsSignerNotPinned()
        {
            using var attacker = new TestAuthority();

            Assert.Equal(IdentityRejectionReason.SignerNotPinned, Rejection(attacker.Sign(TestAuthority.Document())));
        }

        [Fact]
        public void AttackerCertificateEmbedded_CopyingIssuerAndSerial_IsRejected()
        {
            using var attacker = new TestAuthority(serial: _aws.SerialNumber);
            var der = attacker.SignDer(TestAuthority.Document(), include: X509IncludeOption.EndCertOnly);

            // The .NET pitfall this guards against: the plain call trusts the embedded certificate over extraStore.
            var naive = new SignedCms();
            naive.Decode(der);
            naive.SignerInfos[0].CheckSignature(new X509Certificate2Collection(_aws.PublicCertificate), verifySignatureOnly: true);

            Assert.Equal(IdentityRejectionReason.SignatureInvalid, Rejection(TestAuthority.Imds(der)));
        }

        [Fact]
        public void AttackerCertificateEmbedded_UnderItsOwnSerial_IsRejected()
        {
            using var attacker = new TestAuthority();

            Assert.Equal(IdentityRejectionReason.SignerNotPinned,
                Rejection(attacker.Sign(TestAuthority.Document(), include: X509IncludeOption.EndCertOnly)));
        }

        [Fact]
        public void DocumentAlteredAfterSigning_IsSignatureInvalid()
        {
            var der = _aws.SignDer(TestAuthority.Document(instanceId: "i-0123456789abcdef0"));
            var at = der.AsSpan().IndexOf(Encoding.ASCII.GetBytes("i-0123456789abcdef0"));
            der[at + 2] = (byte)'f'; // still a well-formed instance id: only the signature can notice

            Assert.Equal(IdentityRejectionReason.SignatureInvalid, Rejection(TestAuthority.Imds(der)));
        }

        [Fact]
        public void TwoSigners_AreRejected()
        {
            using var other = new TestAuthority();
            var cms = new SignedCms(new ContentInfo(TestAuthority.Document()));
            cms.ComputeSignature(_aws.Signer());
            cms.ComputeSignature(other.Signer());

            Assert.Equal(IdentityRejectionReason.SignerCount, Rejection(TestAuthority.Imds(cms.Encode())));
        }

        [Fact]
        public void Sha1Digest_IsUnsupportedAlgorithm()
        {
            Assert.Equal(IdentityRejectionReason.UnsupportedAlgorithm,
                Rejection(_aws.Sign(TestAuthority.Document(), digestOid: TestAuthority.Sha1)));
        }

        [Fact]
        public void DetachedContent_IsNoContent()
        {
            var der = _aws.SignDer(TestAuthority.Document(), detached: true);

            Assert.Equal(IdentityRejectionReason.NoContent, Rejection(TestAuthority.Imds(der)));
        }

        [Fact]
        public void ContentTypeOtherThanData_IsRejected()
        {
            var cms = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), TestAuthority.Document()));
            cms.ComputeSignature(_aws.Signer());

            Assert.Equal(IdentityRejectionReason.UnsupportedContentType, Rejection(TestAuthority.Imds(cms.Encode())));
        }

        [Fact]
        public void DuplicateMemberInTheSignedDocument_IsRejected()
        {
            var document = TestAuthority.Document(extraMembers: "  \"accountId\" : \"999999999999\",\n");

            Assert.Equal(IdentityRejectionReason.DuplicateMember, Rejection(_aws.Sign(document)));
        }

        [Fact]
        public void SignedDocumentWithBadField_IsDocumentInvalid()
        {
            Assert.Equal(IdentityRejectionReason.DocumentInvalid, Rejection(_aws.Sign(TestAuthority.Document(accountId: "12345"))));
        }

        [Fact]
        public void UnknownRegion_IsRejected()
        {
            Assert.Equal(IdentityRejectionReason.UnknownRegion, Rejection(_aws.Sign(TestAuthority.Document(region: "eu-west-9"))));
        }

        [Fact]
        public void UnknownRegion_InTheBuiltInSet_IsRejected()
        {
            var e = Assert.Throws<IdentityRejectedException>(() =>
                new IdentityVerifier().VerifyRsa2048(_aws.Sign(TestAuthority.Document(region: "xx-nowhere-1"))));
            Assert.Equal(IdentityRejectionReason.UnknownRegion, e.Reason);
        }

        [Theory]
        [InlineData("")]
        [InlineData("!!!!")]
        [InlineData("MIAGCSqGSIb3DQEHAqCAMIACAQEx-_")]
        [InlineData("-----BEGIN PKCS7-----\nMIAG")]
        [InlineData("-----BEGIN CERTIFICATE-----\nMIAG\n-----END CERTIFICATE-----")]
        public void MalformedBase64_IsRejected(string text)
        {
            Assert.Equal(IdentityRejectionReason.MalformedBase64, Rejection(text));
        }

        [Fact]
        public void NotCms_IsRejected()
        {
            Assert.Equal(IdentityRejectionReason.NotSignedData, Rejection(Convert.ToBase64String(Encoding.ASCII.GetBytes("hello, world"))));
            Assert.Equal(IdentityRejectionReason.NotSignedData, Rejection(Convert.ToBase64String(_aws.PublicCertificate.RawData)));
        }

        [Fact]
        public void OversizedInput_IsRejected()
        {
            Assert.Equal(IdentityRejectionReason.InputTooLarge, Rejection(new string('A', IdentityVerifier.MaxEncodedLength + 4)));
            Assert.Equal(IdentityRejectionReason.InputTooLarge, Rejection(Convert.ToBase64String(new byte[IdentityVerifier.MaxMessageBytes + 3])));
        }

        [Fact]
        public void OversizedSignedDocument_IsDocumentTooLarge()
        {
            var padding = $"  \"padding\" : \"{new string('x', IdentityDocument.MaxBytes)}\",\n";

            Assert.Equal(IdentityRejectionReason.DocumentTooLarge, Rejection(_aws.Sign(TestAuthority.Document(extraMembers: padding))));
        }

        [Fact]
        public void RejectionMessages_AreFixedAndDistinct()
        {
            var reasons = Enum.GetValues<IdentityRejectionReason>();
            var messages = reasons.Select(IdentityRejectedException.MessageFor).ToList();

            Assert.Equal(reasons.Length, messages.Distinct().Count());
            Assert.All(reasons, r => Assert.Equal("Identity" + r, new IdentityRejectedException(r).ErrorId));
        }
    }
}
