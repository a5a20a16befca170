using System;
using System.Collections.Generic;
using System.Formats.Asn1;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;

namespace Spawn.Identity
{
    /// <summary>
    /// Proves an EC2 instance's identity from what it read in IMDS, against pinned AWS certificates only.
    /// The identity is always the signed document itself; nothing unsigned is ever returned.
    /// </summary>
    public sealed class IdentityVerifier
    {
        /// <summary>Encoded input bound: a real <c>/rsa2048</c> response is about 1,500 characters.</summary>
        public const int MaxEncodedLength = 8192;

        /// <summary>Decoded message bound: a real <c>/rsa2048</c> message is about 1,100 bytes.</summary>
        public const int MaxMessageBytes = 4096;

        private const string PemHeader = "-----BEGIN PKCS7-----";
        private const string PemFooter = "-----END PKCS7-----";
        private const string DataOid = "1.2.840.113549.1.7.1";
        private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";
        private const string SigningTimeOid = "1.2.840.113549.1.9.5";

        /// <summary>RSA PKCS#1 v1.5: AWS writes sha256WithRSAEncryption; CMS also allows plain rsaEncryption with the digest given separately.</summary>
        private static readonly HashSet<string> RsaSignatureOids = new HashSet<string>(StringComparer.Ordinal)
        {
            "1.2.840.113549.1.1.1",
            "1.2.840.113549.1.1.11",
        };

        private readonly PinnedCertificates _rsa2048;
        private readonly PinnedCertificates? _legacyRsa;

        public IdentityVerifier(IdentityVerifierOptions? options = null)
        {
            options ??= new IdentityVerifierOptions();
            _rsa2048 = Checked(options.Rsa2048Certificates, IdentitySignatureFormat.Rsa2048)
                ?? PinnedCertificates.BuiltIn(IdentitySignatureFormat.Rsa2048);
            if (options.AllowLegacySignature)
            {
                _legacyRsa = Checked(options.LegacyRsaCertificates, IdentitySignatureFormat.LegacyRsaSignature)
                    ?? PinnedCertificates.BuiltIn(IdentitySignatureFormat.LegacyRsaSignature);
            }
        }

        /// <summary>
        /// Verifies the text of IMDS <c>/latest/dynamic/instance-identity/rsa2048</c> (base64 CMS SignedData, line breaks
        /// allowed, PKCS7 PEM armour optional). Order matters: structure and algorithms first, then the embedded
        /// certificates are discarded, then the document is parsed to learn the region, and only then is the signature
        /// checked against that region's pinned certificate. Parsing before verifying is safe because nothing parsed
        /// is returned unless the signature over those very bytes verifies with the region's key.
        /// </summary>
        public VerifiedIdentity VerifyRsa2048(string imdsText)
        {
            var cms = DecodeSignedData(DecodeBase64(imdsText ?? throw new ArgumentNullException(nameof(imdsText))));

            // Vital on .NET: CheckSignature looks for the signer certificate in the message before extraStore, so a
            // message signed by an attacker who embeds their own certificate (even one copying AWS's issuer and serial)
            // would verify. With the bag empty, the pinned certificate is the only candidate.
            foreach (var embedded in cms.Certificates.Cast<X509Certificate2>().ToList())
            {
                cms.RemoveCertificate(embedded);
            }
            if (cms.Certificates.Count != 0)
            {
                // Invariant guard: never go on to verify while any embedded certificate could still be picked.
                throw new IdentityRejectedException(IdentityRejectionReason.NotSignedData);
            }

            if (cms.SignerInfos.Count != 1)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.SignerCount);
            }
            var signer = cms.SignerInfos[0];
            if (cms.ContentInfo.ContentType.Value != DataOid)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.UnsupportedContentType);
            }
            var content = cms.ContentInfo.Content;
            if (content.Length == 0)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.NoContent);
            }
            if (signer.DigestAlgorithm.Value != Sha256Oid || !RsaSignatureOids.Contains(signer.SignatureAlgorithm.Value ?? string.Empty))
            {
                throw new IdentityRejectedException(IdentityRejectionReason.UnsupportedAlgorithm);
            }

            var document = IdentityDocument.Parse(content);
            var certificate = _rsa2048.For(document.Region).FirstOrDefault(c => Identifies(signer.SignerIdentifier, c))
                ?? throw new IdentityRejectedException(IdentityRejectionReason.SignerNotPinned);
            try
            {
                signer.CheckSignature(new X509Certificate2Collection(certificate), verifySignatureOnly: true);
            }
            catch (CryptographicException e)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.SignatureInvalid, e);
            }
            return new VerifiedIdentity(document, certificate, IdentitySignatureFormat.Rsa2048, SigningTime(signer));
        }

        /// <summary>
        /// Verifies the legacy pair IMDS <c>/document</c> (exact bytes) + <c>/signature</c> (base64 RSA PKCS#1 v1.5 SHA-256),
        /// when enabled. Any region's certificate sharing the key would verify too; only the document's region is tried.
        /// </summary>
        public VerifiedIdentity VerifyLegacySignature(byte[] document, string signatureText)
        {
            if (document == null || signatureText == null)
            {
                throw new ArgumentNullException(document == null ? nameof(document) : nameof(signatureText));
            }
            if (_legacyRsa == null)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.LegacySignatureDisabled);
            }

            var signature = DecodeBase64(signatureText);
            var parsed = IdentityDocument.Parse(document);
            foreach (var certificate in _legacyRsa.For(parsed.Region))
            {
                using var rsa = certificate.GetRSAPublicKey()!;
                if (VerifiesPkcs1Sha256(rsa, document, signature))
                {
                    return new VerifiedIdentity(parsed, certificate, IdentitySignatureFormat.LegacyRsaSignature, signingTime: null);
                }
            }
            throw new IdentityRejectedException(IdentityRejectionReason.SignatureInvalid);
        }

        private static PinnedCertificates? Checked(PinnedCertificates? certificates, IdentitySignatureFormat format) =>
            certificates == null || certificates.Format == format
                ? certificates
                : throw new ArgumentException($"The pinned certificates are for {certificates.Format}, not {format}.");

        /// <summary>Standard base64 with any whitespace (IMDS wraps at 76 columns), optionally inside PKCS7 PEM armour.</summary>
        private static byte[] DecodeBase64(string text)
        {
            if (text.Length > MaxEncodedLength)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.InputTooLarge);
            }
            var body = text.Trim();
            if (body.StartsWith(PemHeader, StringComparison.Ordinal))
            {
                if (!body.EndsWith(PemFooter, StringComparison.Ordinal) || body.Length < PemHeader.Length + PemFooter.Length)
                {
                    throw new IdentityRejectedException(IdentityRejectionReason.MalformedBase64);
                }
                body = body.Substring(PemHeader.Length, body.Length - PemHeader.Length - PemFooter.Length);
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(body);
            }
            catch (FormatException)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.MalformedBase64);
            }
            if (bytes.Length == 0)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.MalformedBase64);
            }
            return bytes.Length <= MaxMessageBytes ? bytes : throw new IdentityRejectedException(IdentityRejectionReason.InputTooLarge);
        }

        /// <summary>
        /// One BER element and nothing after it (SignedCms.Decode silently ignores trailing bytes), decoded as
        /// attached SignedData (detached decoding would hash supplied content instead of what is embedded).
        /// </summary>
        private static SignedCms DecodeSignedData(byte[] der)
        {
            try
            {
                var reader = new AsnReader(der, AsnEncodingRules.BER);
                reader.ReadEncodedValue();
                if (reader.HasData)
                {
                    throw new IdentityRejectedException(IdentityRejectionReason.NotSignedData);
                }
                var cms = new SignedCms();
                cms.Decode(der);
                return cms;
            }
            catch (Exception e) when (e is AsnContentException || e is CryptographicException)
            {
                throw new IdentityRejectedException(IdentityRejectionReason.NotSignedData, e);
            }
        }

        /// <summary>
        /// Whether the signer identifier names this certificate, compared the way SignedCms itself matches
        /// (issuer name + serial number, or subject key identifier), so a mismatch is reported before verification.
        /// </summary>
        private static bool Identifies(SubjectIdentifier signer, X509Certificate2 certificate)
        {
            switch (signer.Type)
            {
                case SubjectIdentifierType.IssuerAndSerialNumber:
                    var issuerSerial = (X509IssuerSerial)signer.Value!;
                    return string.Equals(issuerSerial.SerialNumber, certificate.SerialNumber, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(issuerSerial.IssuerName, certificate.IssuerName.Name, StringComparison.Ordinal);
                case SubjectIdentifierType.SubjectKeyIdentifier:
                    var ski = certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault();
                    return ski != null && string.Equals((string)signer.Value!, ski.SubjectKeyIdentifier, StringComparison.OrdinalIgnoreCase);
                default:
                    return false;
            }
        }

        private static bool VerifiesPkcs1Sha256(RSA rsa, byte[] data, byte[] signature)
        {
            try
            {
                return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            }
            catch (CryptographicException)
            {
                return false;
            }
        }

        /// <summary>The signed signingTime attribute when there is exactly one, for replay defences downstream.</summary>
        private static DateTimeOffset? SigningTime(SignerInfo signer)
        {
            var values = signer.SignedAttributes.Cast<CryptographicAttributeObject>()
                .Where(a => a.Oid.Value == SigningTimeOid)
                .SelectMany(a => a.Values.Cast<AsnEncodedData>())
                .ToList();
            if (values.Count != 1)
            {
                return null;
            }
            try
            {
                return new DateTimeOffset(new Pkcs9SigningTime(values[0].RawData).SigningTime.ToUniversalTime(), TimeSpan.Zero);
            }
            catch (CryptographicException)
            {
                return null;
            }
        }
    }
}
