using System;

namespace Spawn.Dns
{
    /// <summary>Text-form DNS name helpers shared by the record cmdlets and the validator.</summary>
    public static class DnsNames
    {
        /// <summary>Lowercase, without the trailing dot ("Example.COM." → "example.com"; "." → "").</summary>
        public static string Normalize(string name)
        {
            if (name == null)
            {
                throw new ArgumentNullException(nameof(name));
            }
            var trimmed = name.EndsWith(".", StringComparison.Ordinal) ? name.Substring(0, name.Length - 1) : name;
            return trimmed.ToLowerInvariant();
        }
    }
}
