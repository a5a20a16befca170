using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Spawn.Identity;
using Xunit;

namespace Spawn.Tests.Identity
{
    /// <summary>The built-in certificate table and the operator's override directory.</summary>
    public sealed class PinnedCertificatesTests : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("spawn-pinned-").FullName;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Fact]
        public void BuiltInRsa2048_HasEveryShippedRegion_WithTheKnownUsEast1Certificate()
        {
            var pinned = PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048);

            var shipped = Directory.GetFiles(SharedFiles.Path("aws-identity-certificates", "rsa2048"), "*.pem").Select(Path.GetFileNameWithoutExtension);
            Assert.Equal(shipped.OrderBy(r => r), pinned.Regions.OrderBy(r => r));
            var usEast1 = Assert.Single(pinned.For("us-east-1"));
            Assert.Equal("00B169CC401559A419", usEast1.SerialNumber); // DER INTEGER with its sign byte
            Assert.Equal("70923C22DD074172D0E5D27EA1CA865412525FCCD8BC2CD0FF40660E275F0B30", usEast1.GetCertHashString(HashAlgorithmName.SHA256));
        }

        [Fact]
        public void BuiltInLegacyRsa_HasTheSameRegions()
        {
            Assert.Equal(PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048).Regions.OrderBy(r => r),
                PinnedCertificates.BuiltIn(IdentitySignatureFormat.LegacyRsaSignature).Regions.OrderBy(r => r));
        }

        [Fact]
        public void UnknownRegion_IsRejected()
        {
            var e = Assert.Throws<IdentityRejectedException>(() => PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048).For("ap-southeast-6"));
            Assert.Equal(IdentityRejectionReason.UnknownRegion, e.Reason);
        }

        [Fact]
        public void OverrideDirectory_AddsARegion_AndReplacesABuiltInOne()
        {
            using var added = new TestAuthority();
            using var replaced = new TestAuthority();
            File.WriteAllText(Path.Combine(_directory, "ap-southeast-6.pem"), added.PublicCertificate.ExportCertificatePem());
            File.WriteAllText(Path.Combine(_directory, "us-east-1.pem"), replaced.PublicCertificate.ExportCertificatePem() + "\n" + added.PublicCertificate.ExportCertificatePem());

            var pinned = PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048, _directory);

            Assert.Equal(added.PublicCertificate.Thumbprint, Assert.Single(pinned.For("ap-southeast-6")).Thumbprint);
            Assert.Equal(new[] { replaced.PublicCertificate.Thumbprint, added.PublicCertificate.Thumbprint }, pinned.For("us-east-1").Select(c => c.Thumbprint));
            Assert.Single(pinned.For("eu-west-1"));
        }

        [Fact]
        public void OverrideDirectory_ReplacingTheVectorsRegion_MakesTheRealVectorFail()
        {
            File.Copy(SharedFiles.Path("aws-identity-certificates", "rsa2048", "us-east-1.pem"), Path.Combine(_directory, "ap-southeast-2.pem"));
            var verifier = new IdentityVerifier(new IdentityVerifierOptions
            {
                Rsa2048Certificates = PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048, _directory),
            });

            var e = Assert.Throws<IdentityRejectedException>(() =>
                verifier.VerifyRsa2048(File.ReadAllText(SharedFiles.Path("identity-vectors", "ap-southeast-2", "rsa2048.txt"))));
            Assert.Equal(IdentityRejectionReason.SignerNotPinned, e.Reason);
        }

        [Theory]
        [InlineData("not-a-region.pem", null, "IdentityCertificateFileName")]
        [InlineData("eu-west-1.pem", "hello", "IdentityCertificateInvalid")]
        [InlineData("eu-west-1.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "IdentityCertificateInvalid")]
        [InlineData("eu-west-1.pem", "rsa/eu-west-1.pem", "IdentityCertificateInvalid")]
        public void OverrideDirectory_BadFiles_AreRejected(string fileName, string? content, string errorId)
        {
            using var authority = new TestAuthority();
            var text = content switch
            {
                null => authority.PublicCertificate.ExportCertificatePem(),
                "rsa/eu-west-1.pem" => File.ReadAllText(SharedFiles.Path("aws-identity-certificates", "rsa", "eu-west-1.pem")), // 1024-bit key
                _ => content,
            };
            File.WriteAllText(Path.Combine(_directory, fileName), text);

            var e = Assert.Throws<SpawnValidationException>(() => PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048, _directory));
            Assert.Equal(errorId, e.ErrorId);
        }

        [Fact]
        public void MissingOverrideDirectory_IsRejected()
        {
            var e = Assert.Throws<SpawnValidationException>(() =>
                PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048, Path.Combine(_directory, "absent")));
            Assert.Equal("IdentityCertificateDirectoryNotFound", e.ErrorId);
        }
    }
}
