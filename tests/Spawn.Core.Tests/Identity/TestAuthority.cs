using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Spawn.Identity;

namespace Spawn.Tests.Identity
{
    /// <summary>
    /// A stand-in for AWS in tests: an RSA-2048 key with a self-signed certificate shaped like AWS's (same subject
    /// as AWS uses, chosen serial), which signs identity documents the way IMDS /rsa2048 does. Attackers are made the
    /// same way, with their own key and, when a test needs it, a copy of the authority's issuer name and serial.
    /// </summary>
    internal sealed class TestAuthority : IDisposable
    {
        public const string AwsSubject = "C=US, S=Washington State, L=Seattle, O=Amazon Web Services LLC";
        public const string Sha256 = "2.16.840.1.101.3.4.2.1";
        public const string Sha1 = "1.3.14.3.2.26";

        private readonly RSA _key;

        public TestAuthority(byte[]? serial = null, int keyBits = 2048)
        {
            _key = RSA.Create(keyBits);
            var request = new CertificateRequest(new X500DistinguishedName(AwsSubject), _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            var now = DateTimeOffset.UtcNow;
            using var unkeyed = request.Create(request.SubjectName, X509SignatureGenerator.CreateForRSA(_key, RSASignaturePadding.Pkcs1),
                now.AddDays(-1), now.AddYears(10), serial ?? RandomNumberGenerator.GetBytes(8));
            Certificate = unkeyed.CopyWithPrivateKey(_key);
            PublicCertificate = X509CertificateLoader.LoadCertificate(Certificate.RawData);
        }

        /// <summary>With the private key, for signing.</summary>
        public X509Certificate2 Certificate { get; }

        /// <summary>What a verifier pins: the certificate alone.</summary>
        public X509Certificate2 PublicCertificate { get; }

        /// <summary>Big-endian, as CertificateRequest.Create takes it, so an attacker can copy it.</summary>
        public byte[] SerialNumber => Convert.FromHexString(Certificate.SerialNumber);

        public PinnedCertificates PinnedFor(string region) =>
            PinnedCertificates.FromCertificates(IdentitySignatureFormat.Rsa2048,
                new[] { new KeyValuePair<string, X509Certificate2>(region, PublicCertificate) });

        public CmsSigner Signer(string digestOid = Sha256, X509IncludeOption include = X509IncludeOption.None)
        {
            var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, Certificate)
            {
                DigestAlgorithm = new Oid(digestOid),
                IncludeOption = include,
            };
            signer.SignedAttributes.Add(new Pkcs9SigningTime(new DateTime(2026, 2, 16, 0, 38, 28, DateTimeKind.Utc)));
            return signer;
        }

        /// <summary>The DER of an attached SignedData over <paramref name="content"/>.</summary>
        public byte[] SignDer(byte[] content, string digestOid = Sha256, X509IncludeOption include = X509IncludeOption.None, bool detached = false)
        {
            var cms = new SignedCms(new ContentInfo(content), detached);
            cms.ComputeSignature(Signer(digestOid, include));
            return cms.Encode();
        }

        /// <summary>As IMDS returns it: base64 in 76-column lines.</summary>
        public string Sign(byte[] content, string digestOid = Sha256, X509IncludeOption include = X509IncludeOption.None) =>
            Imds(SignDer(content, digestOid, include));

        public static string Imds(byte[] der) => Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks);

        /// <summary>A document in IMDS's byte layout (two-space indent, " : ", no trailing newline).</summary>
        public static byte[] Document(string accountId = "123456789012", string instanceId = "i-0123456789abcdef0",
            string region = "us-east-1", string? extraMembers = null,
            string pendingTime = "2026-02-16T00:38:27Z")
        {
            var json = "{\n"
                + $"  \"accountId\" : \"{accountId}\",\n"
                + "  \"architecture\" : \"x86_64\",\n"
                + $"  \"availabilityZone\" : \"{region}a\",\n"
                + "  \"billingProducts\" : null,\n"
                + "  \"devpayProductCodes\" : null,\n"
                + "  \"marketplaceProductCodes\" : null,\n"
                + "  \"imageId\" : \"ami-0123456789abcdef0\",\n"
                + $"  \"instanceId\" : \"{instanceId}\",\n"
                + "  \"instanceType\" : \"t3.micro\",\n"
                + "  \"kernelId\" : null,\n"
                + $"  \"pendingTime\" : \"{pendingTime}\",\n"
                + "  \"privateIp\" : \"10.0.1.242\",\n"
                + "  \"ramdiskId\" : null,\n"
                + $"  \"region\" : \"{region}\",\n"
                + (extraMembers ?? string.Empty)
                + "  \"version\" : \"2017-09-30\"\n"
                + "}";
            return Encoding.UTF8.GetBytes(json);
        }

        public void Dispose()
        {
            Certificate.Dispose();
            PublicCertificate.Dispose();
            _key.Dispose();
        }
    }
}
