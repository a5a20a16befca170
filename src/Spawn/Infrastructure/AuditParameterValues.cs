using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Security;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// Turns a cmdlet's bound parameters into what the engine's audit scope takes: text values (null for values held
    /// as SecureString or credentials, which the log shows as "***"), and the plain secret values, so the engine can
    /// mask them wherever else they turn up. PowerShell's common parameters (-Verbose, -ErrorAction...) are left out.
    /// </summary>
    internal static class AuditParameterValues
    {
        private static readonly HashSet<string> CommonParameters = new HashSet<string>(
            Cmdlet.CommonParameters.Concat(Cmdlet.OptionalCommonParameters), StringComparer.OrdinalIgnoreCase);

        internal static (List<KeyValuePair<string, string?>> Values, List<string> Secrets) From(IDictionary<string, object> bound)
        {
            var values = new List<KeyValuePair<string, string?>>();
            var secrets = new List<string>();
            foreach (var parameter in bound.Where(p => !CommonParameters.Contains(p.Key)))
            {
                values.Add(new KeyValuePair<string, string?>(parameter.Key, Text(parameter.Value, secrets)));
            }
            return (values, secrets);
        }

        private static string? Text(object? value, List<string> secrets)
        {
            switch (value is PSObject pso ? pso.BaseObject : value)
            {
                case null:
                    return "";
                case SecureString secure:
                    Remember(secrets, SecureStrings.ToPlain(secure));
                    return null;
                case SpawnCredential spawn:
                    Remember(secrets, SecureStrings.ToPlain(spawn.SecretKey));
                    Remember(secrets, SecureStrings.ToPlain(spawn.SessionToken));
                    return null;
                case PSCredential credential:
                    Remember(secrets, SecureStrings.ToPlain(credential.Password));
                    return null;
                case SwitchParameter flag:
                    return flag.IsPresent ? "True" : "False";
                case string text:
                    return text;
                case DateTime time:
                    return time.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture);
                case IEnumerable items:
                    var parts = items.Cast<object?>().Select(item => Text(item, secrets)).ToList();
                    return parts.Any(p => p == null) ? null : string.Join(", ", parts);
                case IFormattable formattable:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                case var other:
                    return other.ToString();
            }
        }

        private static void Remember(List<string> secrets, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                secrets.Add(value!);
            }
        }
    }
}
