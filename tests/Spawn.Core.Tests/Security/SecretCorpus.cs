using System;
using System.Linq;
using System.Text;
using Spawn.Security;

namespace Spawn.Tests.Security
{
    /// <summary>
    /// Test credentials, assembled at run time from a fixed seed so that no secret-shaped literal sits in the
    /// repository (push protection and other scanners would flag it) and the corpus is the same on every run.
    /// </summary>
    internal static class SecretCorpus
    {
        private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        private static readonly Random Random = new Random(8675309);

        public static string Chars(string alphabet, int length)
        {
            lock (Random)
            {
                return new string(Enumerable.Range(0, length).Select(_ => alphabet[Random.Next(alphabet.Length)]).ToArray());
            }
        }

        public static string AccessKeyId(string prefix = "AKIA") => prefix + Chars(Upper + "234567", 16);
        public static string SecretAccessKey() => Chars(Alnum + "/+", 39) + "Q";
        public static string GitHub(string prefix) => prefix + Chars(Alnum, 36);
        public static string GitHubFineGrained() => "github" + "_pat_" + Chars(Alnum, 22) + "_" + Chars(Alnum, 59);
        public static string GitLab() => "gl" + "pat-" + Chars(Alnum + "-_", 20);
        public static string Slack(string prefix) => prefix + "-" + Chars("0123456789", 12) + "-" + Chars("0123456789", 13) + "-" + Chars(Alnum, 24);
        public static string SlackWebhook() => "https://hooks.slack.com/services/T" + Chars(Upper + "0123456789", 8) + "/B" + Chars(Upper + "0123456789", 10) + "/" + Chars(Alnum, 24);
        public static string Stripe(string prefix) => prefix + "_li" + "ve_" + Chars(Alnum, 24);
        public static string Password() => Chars(Alnum + "!@%^*-_", 18);

        public static string Jwt(string headerJson = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}") =>
            Base64Url(headerJson) + "." + Base64Url("{\"sub\":\"" + Chars(Alnum, 12) + "\",\"iat\":1716239022}") + "." + Chars(Alnum + "-_", 43);

        public static string Base64Url(string text) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        public static string PrivateKey(string type) =>
            "-----BEGIN " + type + "-----\n" + string.Join("\n", Enumerable.Range(0, 6).Select(_ => Chars(Alnum + "+/", 64))) + "\n-----END " + type + "-----";

        /// <summary>The value SecretScanner fingerprints for a PEM block: the body without whitespace.</summary>
        public static string PemBody(string pem) =>
            string.Concat(pem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)));

        public static string Fingerprint(string value) => SecretScanner.Fingerprint(value);
    }
}
