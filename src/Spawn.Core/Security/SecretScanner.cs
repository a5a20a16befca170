using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Spawn.Security
{
    /// <summary>
    /// Finds credentials in text: the single library behind New-SpawnInstance's user-data check, audit
    /// check EC2-008, and <see cref="Masking.MaskText"/>. Detectors run from most to least specific and a
    /// value claimed by one is not reported again by a vaguer one (aws_secret_access_key=... is an AWS
    /// secret key, not also a password assignment). Decoding (base64, gzip, MIME parts) is the caller's job.
    /// Findings carry a fingerprint, never the value.
    /// </summary>
    public static class SecretScanner
    {
        private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

        /// <summary>Key names that hold a reference to a secret, not the secret (DB_PASSWORD_FILE, SECRET_ARN, ACCESS_KEY_ID).</summary>
        private static readonly string[] ReferenceKeySuffixes =
        {
            "_file", "_path", "_dir", "_name", "_arn", "_id", "_url", "_uri", "_endpoint", "_type", "_length", "_len",
            "_size", "_expiry", "_expires", "_ttl", "_timeout", "_policy", "_enabled", "_version", "_format", "_header",
        };

        /// <summary>Assignment values that point at a secret rather than being one.</summary>
        private static readonly string[] ReferenceValuePrefixes = { "arn:", "/", "./", "../", "~/", "http://", "https://", "ssm:", "secretsmanager:" };

        private sealed class Detector
        {
            public Detector(SecretKind kind, SecretConfidence confidence, string pattern, int minLength = 1, double minEntropy = 0,
                Func<Match, bool>? accept = null, Func<string, string>? normalize = null)
            {
                Kind = kind;
                Confidence = confidence;
                Pattern = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
                MinLength = minLength;
                MinEntropy = minEntropy;
                Accept = accept ?? (_ => true);
                Normalize = normalize ?? (v => v);
            }

            public SecretKind Kind { get; }
            public SecretConfidence Confidence { get; }
            public Regex Pattern { get; } // group "v" is the value
            public int MinLength { get; }
            public double MinEntropy { get; }
            public Func<Match, bool> Accept { get; }
            public Func<string, string> Normalize { get; }
        }

        private static readonly Detector[] Detectors =
        {
            // PEM armour of any private key (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP ... BLOCK); the value is the
            // body, whitespace removed; "..." or a short body is documentation, not a key.
            new Detector(SecretKind.PrivateKey, SecretConfidence.High,
                @"-----BEGIN (?<t>(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----(?<v>[\s\S]*?)(?:-----END \k<t>-----|\z)",
                minLength: 40, minEntropy: 4.0, normalize: v => Regex.Replace(v, @"\s+", "")),
            // Access key ids: long-term (AKIA) and temporary (ASIA).
            new Detector(SecretKind.AwsAccessKeyId, SecretConfidence.High,
                @"(?<![A-Za-z0-9])(?<v>(?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Za-z0-9])", minEntropy: 3.0),
            // A 40-character secret key only next to "aws" or "secret": a bare 40-character token is as likely a
            // git SHA or a hash, which is ScoutSuite's false-positive trap. Real keys mix upper and lower case.
            new Detector(SecretKind.AwsSecretAccessKey, SecretConfidence.High,
                @"(?i:aws|secret)[A-Za-z0-9_.\-]{0,40}[""']?(?:\s*(?::=|=>|=|:)\s*|\s+)[""']?(?<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
                minEntropy: 4.0, accept: m => m.Groups["v"].Value.Any(char.IsUpper) && m.Groups["v"].Value.Any(char.IsLower)),
            new Detector(SecretKind.GitHubToken, SecretConfidence.High,
                @"(?<![A-Za-z0-9_])(?<v>gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,244})(?![A-Za-z0-9_])", minEntropy: 3.0),
            new Detector(SecretKind.GitLabToken, SecretConfidence.High,
                @"(?<![A-Za-z0-9_\-])(?<v>glpat-[A-Za-z0-9_\-]{20,}(?:\.[A-Za-z0-9_\-]+)*)", minEntropy: 3.0),
            new Detector(SecretKind.SlackWebhook, SecretConfidence.High,
                @"(?<v>https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+\-]{20,})", minEntropy: 3.0),
            new Detector(SecretKind.SlackToken, SecretConfidence.High,
                @"(?<![A-Za-z0-9])(?<v>xox[abposr]-[A-Za-z0-9\-]{10,}|xapp-[0-9]-[A-Za-z0-9\-]{10,})", minEntropy: 3.0),
            new Detector(SecretKind.StripeKey, SecretConfidence.High,
                @"(?<![A-Za-z0-9])(?<v>(?:sk|rk)_live_[A-Za-z0-9]{16,})", minEntropy: 3.0),
            // Header and payload are base64url JSON objects ("eyJ" is base64 of {"); an unsigned token has an
            // empty signature and is still a bearer credential.
            new Detector(SecretKind.JsonWebToken, SecretConfidence.Medium,
                @"(?<![A-Za-z0-9_\-])(?<v>eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]*)", minEntropy: 3.0,
                accept: m => HasJwtHeader(m.Groups["v"].Value)),
            // scheme://user:password@host; the value is the password, so masking keeps the user and host.
            new Detector(SecretKind.UrlCredentials, SecretConfidence.Medium,
                @"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{1,30}://[^\s:/@?#'""]*:(?<v>[^\s/@?#'""]+)@[A-Za-z0-9.\-_\[\]]+"),
            // password=..., passwd: ..., "secret": "...", token=..., api_key=...; judged by length, entropy and placeholders.
            new Detector(SecretKind.PasswordAssignment, SecretConfidence.Low,
                @"(?<![A-Za-z0-9_.\-])(?<k>[A-Za-z0-9_.\-]{0,40}?(?i:password|passwd|passphrase|secret|token|api[_\-]?key|apikey|access[_\-]?key|auth[_\-]?key|private[_\-]?key)[A-Za-z0-9_.\-]{0,40})[""']?\s*(?::=|=>|=|:)[ \t]*(?:""(?<v>[^""\r\n]*)""|'(?<v>[^'\r\n]*)'|(?<v>[^\s""'#;,&|)]+))",
                minLength: 8, minEntropy: 2.5, accept: IsLiteralAssignment),
        };

        /// <summary>Every secret in <paramref name="text"/>, in order of position.</summary>
        /// <exception cref="RegexMatchTimeoutException">Pathological input; callers report the scan as failed, never as clean.</exception>
        public static IReadOnlyList<SecretFinding> Scan(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var lineStarts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') lineStarts.Add(i + 1);
            }

            var findings = new List<SecretFinding>();
            foreach (Detector detector in Detectors)
            {
                foreach (Match match in detector.Pattern.Matches(text))
                {
                    Group value = match.Groups["v"];
                    string normalized = detector.Normalize(value.Value);
                    if (normalized.Length < detector.MinLength
                        || ShannonEntropy(normalized) < detector.MinEntropy
                        || SecretPlaceholders.IsPlaceholder(normalized)
                        || !detector.Accept(match))
                    {
                        continue;
                    }

                    int line = lineStarts.BinarySearch(match.Index);
                    if (line < 0) line = ~line - 1;
                    var finding = new SecretFinding(detector.Kind, detector.Confidence, line + 1, match.Index - lineStarts[line] + 1,
                        Fingerprint(normalized), value.Index, value.Length);
                    if (!findings.Any(f => f.Overlaps(finding))) findings.Add(finding);
                }
            }
            return findings.OrderBy(f => f.ValueIndex).ToList();
        }

        /// <summary>
        /// First 12 hex digits of SHA-256 over the UTF-8 value: enough to tell findings apart or match one to a
        /// known credential (e.g. the account's own access key ids, for EC2-008) without revealing it.
        /// </summary>
        public static string Fingerprint(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(value));
            return string.Concat(hash.Take(6).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        /// <summary>Bits per character; random keys score 4 to 6, words and repeated characters far less.</summary>
        internal static double ShannonEntropy(string value)
        {
            if (value.Length == 0) return 0;
            return value.GroupBy(c => c)
                .Select(g => (double)g.Count() / value.Length)
                .Sum(p => -p * Math.Log(p, 2));
        }

        private static bool IsLiteralAssignment(Match match)
        {
            string key = match.Groups["k"].Value.ToLowerInvariant().Replace('-', '_').Replace('.', '_');
            string value = match.Groups["v"].Value;
            return !ReferenceKeySuffixes.Any(s => key.EndsWith(s, StringComparison.Ordinal))
                && !ReferenceValuePrefixes.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        }

        private static bool HasJwtHeader(string token)
        {
            string header = token.Substring(0, token.IndexOf('.')).Replace('-', '+').Replace('_', '/');
            header = header.PadRight(header.Length + (4 - header.Length % 4) % 4, '=');
            try
            {
                string json = Encoding.UTF8.GetString(Convert.FromBase64String(header));
                return json.TrimStart().StartsWith("{", StringComparison.Ordinal) && json.IndexOf("\"alg\"", StringComparison.Ordinal) >= 0;
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }
}
