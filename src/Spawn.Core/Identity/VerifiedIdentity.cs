using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Spawn.Identity
{
    /// <summary>
    /// An identity document whose signature verified, and which pinned certificate verified it (for the audit log:
    /// subject, serial and SHA-256 fingerprint identify the AWS key without logging any signature bytes).
    /// </summary>
    public sealed class VerifiedIdentity
    {
        internal VerifiedIdentity(IdentityDocument document, X509Certificate2 certificate, IdentitySignatureFormat format, DateTimeOffset? signingTime)
        {
            Document = document;
            Certificate = certificate;
            Format = format;
            SigningTime = signingTime;
            CertificateSubject = certificate.Subject;
            CertificateSerialNumber = certificate.SerialNumber;
            using var sha256 = SHA256.Create();
            CertificateSha256 = BitConverter.ToString(sha256.ComputeHash(certificate.RawData)).Replace("-", string.Empty);
        }

        public IdentityDocument Document { get; }

        /// <summary>The pinned certificate that verified the signature.</summary>
        public X509Certificate2 Certificate { get; }

        /// <summary>The region whose pinned certificate verified the signature (always the document's region).</summary>
        public string Region => Document.Region;

        public IdentitySignatureFormat Format { get; }

        /// <summary>
        /// The CMS signingTime signed attribute (when AWS signed this document; <c>/rsa2048</c> only). A replay
        /// defence can compare it with first use; null for the legacy format or when the attribute is absent.
        /// </summary>
        public DateTimeOffset? SigningTime { get; }

        public string CertificateSubject { get; }
        public string CertificateSerialNumber { get; }
        /// <summary>SHA-256 of the certificate's DER, uppercase hex without separators.</summary>
        public string CertificateSha256 { get; }
    }
}
