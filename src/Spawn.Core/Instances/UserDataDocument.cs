using System;
using System.IO;
using System.Reflection;
using System.Text;

namespace Spawn.Instances
{
    /// <summary>
    /// The user data Spawn sends: a MIME multi-part cloud-init document whose first part is Spawn's bootstrap
    /// (the TTL agent), then, with -DnsEndpoint, the DNS registration bootstrap, and last, when given, the user's
    /// script or cloud-config, unchanged (cloud-init runs the parts in order).
    /// </summary>
    public static class UserDataDocument
    {
        public const string TooLarge = "UserDataTooLarge";

        /// <summary>EC2's limit on raw user data.</summary>
        public const int MaxBytes = 16 * 1024;

        public static string TtlAgentScript { get; } = Resource("ttl-agent.sh");

        public static string BootstrapScript { get; } = Resource("bootstrap.sh").Replace("@TTL_AGENT@", TtlAgentScript.TrimEnd('\n'));

        public static string Build(string? userScript, string? dnsBootstrap = null)
        {
            var boundary = "==SPAWN-" + Guid.NewGuid().ToString("N") + "==";
            var text = new StringBuilder()
                .Append("Content-Type: multipart/mixed; boundary=\"").Append(boundary).Append("\"\n")
                .Append("MIME-Version: 1.0\n\n");
            Part(text, boundary, "text/x-shellscript", "spawn-bootstrap.sh", BootstrapScript);
            if (dnsBootstrap != null)
            {
                Part(text, boundary, "text/x-shellscript", "spawn-dns.sh", dnsBootstrap);
            }
            if (!string.IsNullOrEmpty(userScript))
            {
                var isCloudConfig = userScript!.TrimStart().StartsWith("#cloud-config", StringComparison.Ordinal);
                Part(text, boundary, isCloudConfig ? "text/cloud-config" : "text/x-shellscript",
                    isCloudConfig ? "user-data.yaml" : "user-data.sh", userScript);
            }
            text.Append("--").Append(boundary).Append("--\n");
            var document = text.ToString();
            if (Encoding.UTF8.GetByteCount(document) > MaxBytes)
            {
                throw new SpawnValidationException(TooLarge,
                    $"The user data with Spawn's bootstrap is larger than EC2's {MaxBytes / 1024} KiB limit; shorten your script or fetch it at boot.");
            }
            return document;
        }

        private static void Part(StringBuilder text, string boundary, string contentType, string fileName, string body)
        {
            text.Append("--").Append(boundary).Append('\n')
                .Append("Content-Type: ").Append(contentType).Append("; charset=\"utf-8\"\n")
                .Append("MIME-Version: 1.0\n")
                .Append("Content-Transfer-Encoding: 8bit\n")
                .Append("Content-Disposition: attachment; filename=\"").Append(fileName).Append("\"\n\n")
                .Append(body.EndsWith("\n", StringComparison.Ordinal) ? body : body + "\n");
        }

        private static string Resource(string name)
        {
            using var stream = typeof(UserDataDocument).Assembly.GetManifestResourceStream("Spawn.Instances.Bootstrap." + name)
                ?? throw new InvalidOperationException("Missing embedded resource " + name);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }
    }
}
