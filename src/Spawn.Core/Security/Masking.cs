using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Spawn.Security
{
    /// <summary>
    /// Hides secrets in anything Spawn prints or stores: audit log parameters, error messages, alert
    /// webhooks. Masks are fixed-length so they reveal nothing about the value, not even its length.
    /// </summary>
    public static class Masking
    {
        public const string Mask = "***";

        /// <summary>An access key id: not a secret, but sensitive; its prefix (long-term or temporary) and last 4 help diagnose.</summary>
        private static readonly Regex AccessKeyId = new Regex(@"\A(?:AKIA|ASIA)[A-Z0-9]{16}\z", RegexOptions.CultureInvariant);

        /// <summary>
        /// Scheme, host and port, then "/***" — always, with or without a path — so a webhook's token in the
        /// path, a query string or user:password@ never show. Anything not an absolute URL with a host is "***".
        /// </summary>
        public static string MaskUrl(string? url)
        {
            // "://" keeps out mailto:, urn: and the like, which Uri also gives a host.
            if (url == null || url.IndexOf("://", StringComparison.Ordinal) < 0
                || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
            {
                return Mask;
            }
            string port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return uri.Scheme + "://" + uri.Host + port + "/" + Mask;
        }

        /// <summary>"***" for any value; an access key id keeps its 4-character prefix and last 4 (AKIA************WXYZ), as the AWS console shows.</summary>
        public static string MaskValue(string? value)
        {
            if (value == null || !AccessKeyId.IsMatch(value)) return Mask;
            return value.Substring(0, 4) + new string('*', 12) + value.Substring(16);
        }

        /// <summary>
        /// Replaces every occurrence of each known secret, and every value <see cref="SecretScanner"/> detects,
        /// with its mask: a URL by <see cref="MaskUrl"/>, an access key id by <see cref="MaskValue"/>, anything else by "***".
        /// Never throws on content: if the scan times out, the whole text is masked.
        /// </summary>
        public static string MaskText(string? text, IEnumerable<string?>? knownSecrets = null)
        {
            if (text == null || text.Length == 0) return "";
            var spans = new List<(int Start, int End)>();
            foreach (string secret in (knownSecrets ?? Enumerable.Empty<string?>()).OfType<string>().Where(s => s.Length > 0))
            {
                for (int i = text.IndexOf(secret, StringComparison.Ordinal); i >= 0; i = text.IndexOf(secret, i + 1, StringComparison.Ordinal))
                {
                    spans.Add((i, i + secret.Length));
                }
            }
            try
            {
                spans.AddRange(SecretScanner.Scan(text).Select(f => (f.ValueIndex, f.ValueIndex + f.ValueLength)));
            }
            catch (RegexMatchTimeoutException)
            {
                return Mask; // text too pathological to scan: showing none of it is the only safe answer
            }

            var masked = new StringBuilder(text.Length);
            int position = 0;
            foreach ((int start, int end) in Merge(spans))
            {
                string value = text.Substring(start, end - start);
                masked.Append(text, position, start - position);
                masked.Append(Uri.IsWellFormedUriString(value, UriKind.Absolute) ? MaskUrl(value) : MaskValue(value));
                position = end;
            }
            return masked.Append(text, position, text.Length - position).ToString();
        }

        /// <summary>Overlapping or touching spans become one, so a secret inside another is masked once, whole.</summary>
        private static IEnumerable<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
        {
            (int Start, int End)? current = null;
            foreach (var span in spans.OrderBy(s => s.Start))
            {
                if (current is { } c && span.Start <= c.End)
                {
                    current = (c.Start, Math.Max(c.End, span.End));
                    continue;
                }
                if (current is { } done) yield return done;
                current = span;
            }
            if (current is { } last) yield return last;
        }
    }
}
