using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Spawn.Security;

namespace Spawn.Logging
{
    /// <summary>
    /// The parameters of an audited operation as the log stores them. A parameter whose name says it holds a secret
    /// is "***"; an access key id keeps its prefix and last four; a URL keeps only scheme and host; every other value goes through <see cref="Masking.MaskText"/>
    /// with the operation's known secret values, so a secret pasted into an ordinary parameter is masked too.
    /// A null value stands for a value the caller holds only in protected form (a SecureString, a credential).
    /// </summary>
    public static class AuditParameters
    {
        private static readonly Regex SecretName = new Regex(
            "secret|password|passphrase|token|credential|privatekey|apikey|plaintext",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex AccessKeyName = new Regex("accesskey(id)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex UrlName = new Regex("(url|uri)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static IReadOnlyDictionary<string, string> Mask(IEnumerable<KeyValuePair<string, string?>> parameters,
            IReadOnlyCollection<string> knownSecrets)
        {
            var masked = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in parameters)
            {
                masked[parameter.Key] = MaskValue(parameter.Key, parameter.Value, knownSecrets);
            }
            return masked;
        }

        private static string MaskValue(string name, string? value, IReadOnlyCollection<string> knownSecrets)
        {
            if (value == null || SecretName.IsMatch(name))
            {
                return Masking.Mask;
            }
            if (AccessKeyName.IsMatch(name))
            {
                return Masking.MaskValue(value);
            }
            return UrlName.IsMatch(name) ? Masking.MaskUrl(value) : Masking.MaskText(value, knownSecrets);
        }
    }
}
