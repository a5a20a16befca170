using System.Text.RegularExpressions;

namespace Spawn.Instances
{
    /// <summary>
    /// An instance name is exactly one DNS label, so it can later become a DNS record without rewriting:
    /// a-z, 0-9 and '-', 1 to 63 characters, no leading or trailing hyphen, and no "xn--" (punycode) prefix.
    /// The one place this rule lives for instances; Spawn.Dns.RecordName (identity branch) should share it.
    /// </summary>
    public static class InstanceName
    {
        public const string InvalidName = "InvalidInstanceName";

        private static readonly Regex Label = new Regex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);

        public static bool IsValid(string? name) =>
            name != null && Label.IsMatch(name) && !name.StartsWith("xn--", System.StringComparison.Ordinal);

        public static string Validate(string name)
        {
            if (!IsValid(name))
            {
                throw new SpawnValidationException(InvalidName,
                    $"'{name}' is not a valid instance name: use one DNS label of 1-63 lower-case letters, digits and hyphens, not starting or ending with a hyphen and not starting with 'xn--'.",
                    name);
            }
            return name;
        }
    }
}
