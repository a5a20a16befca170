using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Spawn.Aws;

namespace Spawn.Identity
{
    /// <summary>
    /// The AWS certificates an identity signature may verify against, by region, for one signature format.
    /// They are pinned, not chained: AWS's certificates are self-signed, some are expired, and AWS re-issues them
    /// over the same keys, so only "is this exactly the key we ship for that region" is meaningful.
    /// A region may hold several certificates so that a re-issued certificate can sit beside the old one
    /// (the signer identifier in IMDS output names one of them by issuer and serial number).
    /// </summary>
    public sealed class PinnedCertificates
    {
        /// <summary>Far above any real PEM file; keeps a wrong path from loading something huge.</summary>
        private const int MaxPemFileBytes = 64 * 1024;

        private static readonly Regex PemBlock = new Regex(
            "-----BEGIN CERTIFICATE-----(?<body>[A-Za-z0-9+/=\\s]*?)-----END CERTIFICATE-----",
            RegexOptions.CultureInvariant);

        private readonly Dictionary<string, IReadOnlyList<X509Certificate2>> _byRegion;

        private PinnedCertificates(IdentitySignatureFormat format, Dictionary<string, IReadOnlyList<X509Certificate2>> byRegion)
        {
            Format = format;
            _byRegion = byRegion;
        }

        public IdentitySignatureFormat Format { get; }

        public IReadOnlyCollection<string> Regions => _byRegion.Keys;

        /// <summary>
        /// The certificates shipped in Spawn.Core for <paramref name="format"/>, plus the <c>&lt;region&gt;.pem</c> files
        /// of <paramref name="overrideDirectory"/> when given: a file adds a region the build does not know, or
        /// replaces the built-in certificates of that region (put old and new side by side in it to roll over).
        /// </summary>
        public static PinnedCertificates BuiltIn(IdentitySignatureFormat format, string? overrideDirectory = null)
        {
            var byRegion = new Dictionary<string, IReadOnlyList<X509Certificate2>>(StringComparer.Ordinal);
            var assembly = typeof(PinnedCertificates).GetTypeInfo().Assembly;
            var prefix = $"Spawn.Identity.Certificates.{FolderOf(format)}.";
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".pem", StringComparison.Ordinal)))
            {
                var region = resource.Substring(prefix.Length, resource.Length - prefix.Length - ".pem".Length);
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream, Encoding.ASCII);
                byRegion[region] = Load(format, reader.ReadToEnd(), resource);
            }

            if (overrideDirectory != null)
            {
                foreach (var (region, certificates) in LoadDirectory(format, overrideDirectory))
                {
                    byRegion[region] = certificates;
                }
            }
            return new PinnedCertificates(format, byRegion);
        }

        /// <summary>An explicit table, for tests that pin a test CA (or another region's AWS certificate) to a region.</summary>
        internal static PinnedCertificates FromCertificates(IdentitySignatureFormat format, IEnumerable<KeyValuePair<string, X509Certificate2>> certificates)
        {
            var byRegion = new Dictionary<string, IReadOnlyList<X509Certificate2>>(StringComparer.Ordinal);
            foreach (var group in certificates.GroupBy(p => p.Key, StringComparer.Ordinal))
            {
                foreach (var pair in group)
                {
                    CheckKey(format, pair.Value, pair.Key);
                }
                byRegion[group.Key] = group.Select(p => p.Value).ToList();
            }
            return new PinnedCertificates(format, byRegion);
        }

        /// <summary>The certificates pinned for <paramref name="region"/>; an unknown region is refused, never defaulted.</summary>
        public IReadOnlyList<X509Certificate2> For(string region)
        {
            if (!_byRegion.TryGetValue(region, out var certificates))
            {
                throw new IdentityRejectedException(IdentityRejectionReason.UnknownRegion);
            }
            return certificates;
        }

        private static string FolderOf(IdentitySignatureFormat format) =>
            format == IdentitySignatureFormat.Rsa2048 ? "rsa2048" : "rsa";

        private static IEnumerable<(string Region, IReadOnlyList<X509Certificate2> Certificates)> LoadDirectory(IdentitySignatureFormat format, string directory)
        {
            if (!Directory.Exists(directory))
            {
                throw new SpawnValidationException("IdentityCertificateDirectoryNotFound",
                    "The identity certificate directory does not exist.", directory);
            }
            foreach (var path in Directory.GetFiles(directory, "*.pem").OrderBy(p => p, StringComparer.Ordinal))
            {
                var region = Path.GetFileNameWithoutExtension(path);
                if (!RegionName.IsValid(region))
                {
                    throw new SpawnValidationException("IdentityCertificateFileName",
                        "An identity certificate file must be named <region>.pem after an AWS region name.", path);
                }
                if (new FileInfo(path).Length > MaxPemFileBytes)
                {
                    throw new SpawnValidationException("IdentityCertificateInvalid",
                        "The identity certificate file is too large to be PEM certificates.", path);
                }
                yield return (region, Load(format, File.ReadAllText(path, Encoding.ASCII), path));
            }
        }

        /// <summary>One or more PEM certificates and nothing else (stray text usually means the wrong file).</summary>
        private static IReadOnlyList<X509Certificate2> Load(IdentitySignatureFormat format, string pem, string source)
        {
            var matches = PemBlock.Matches(pem).Cast<Match>().ToList();
            if (matches.Count == 0 || PemBlock.Replace(pem, string.Empty).Trim().Length != 0)
            {
                throw new SpawnValidationException("IdentityCertificateInvalid",
                    "The identity certificate file must contain only PEM CERTIFICATE blocks.", source);
            }

            var certificates = new List<X509Certificate2>();
            foreach (var match in matches)
            {
                X509Certificate2 certificate;
                try
                {
                    certificate = new X509Certificate2(Convert.FromBase64String(match.Groups["body"].Value));
                }
                catch (Exception e) when (e is FormatException || e is CryptographicException)
                {
                    throw new SpawnValidationException("IdentityCertificateInvalid",
                        "The identity certificate file contains a certificate that cannot be read.", source);
                }
                CheckKey(format, certificate, source);
                certificates.Add(certificate);
            }
            return certificates;
        }

        /// <summary>Every format is RSA; the RSA-2048 set must not be weakened by a 1024-bit (or DSA) certificate put in the wrong folder.</summary>
        private static void CheckKey(IdentitySignatureFormat format, X509Certificate2 certificate, string source)
        {
            using var rsa = certificate.GetRSAPublicKey();
            var minimumBits = format == IdentitySignatureFormat.Rsa2048 ? 2048 : 1024;
            if (rsa == null || rsa.KeySize < minimumBits)
            {
                throw new SpawnValidationException("IdentityCertificateInvalid",
                    $"An identity certificate for this format must have an RSA key of at least {minimumBits} bits.", source);
            }
        }
    }
}
