using System;
using System.Collections.Generic;
using System.Linq;

namespace Spawn.Security
{
    /// <summary>
    /// Values that stand in for a secret rather than being one: variable references and templates (the
    /// right way to pass a secret: ${DB_PASSWORD}, $(aws ssm get-parameter ...), {{ vault_pw }}), masks,
    /// well-known dummy words, and vendors' documented example credentials (AWS's AKIAIOSFODNN7EXAMPLE and
    /// wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Slack's XXXXXXXX webhooks). Flagging these is the false-positive
    /// noise that made Prowler drop detect-secrets; a real key containing "EXAMPLE" is vanishingly unlikely.
    /// </summary>
    internal static class SecretPlaceholders
    {
        private static readonly string[] Markers =
        {
            "example", "placeholder", "redacted", "changeme", "change_me", "change-me", "changeit",
            "***", "...", "•••", "your_", "your-", "dummy", "sample", "{{", "${", "<%",
        };

        /// <summary>Case-sensitive, so the odd "xXxX" inside a random key body does not hide the key.</summary>
        private static readonly string[] CaseSensitiveMarkers = { "xxxx", "XXXX" };

        private static readonly HashSet<string> Words = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "password", "passwd", "pass", "secret", "token", "apikey", "api_key", "test", "none", "null", "nil",
            "undefined", "true", "false", "yes", "no", "on", "off", "required", "optional", "disabled", "enabled",
            "default", "todo", "tbd", "fixme", "unset", "empty",
        };

        public static bool IsPlaceholder(string value)
        {
            string v = value.Trim();
            if (v.Length == 0 || Words.Contains(v)) return true;
            if (v[0] == '$' || v[0] == '`' || v[0] == '<' || (v[0] == '%' && v[v.Length - 1] == '%')) return true;
            return Markers.Any(marker => v.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
                || CaseSensitiveMarkers.Any(marker => v.IndexOf(marker, StringComparison.Ordinal) >= 0);
        }
    }
}
