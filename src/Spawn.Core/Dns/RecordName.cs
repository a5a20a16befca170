using System.Linq;

namespace Spawn.Dns
{
    /// <summary>
    /// The name an instance registers: exactly one DNS label, lowercase a-z, 0-9 and hyphen, 1-63 characters, no
    /// hyphen at either end, and no "--" at positions 3-4 (RFC 5891 reserves that for "xn--" punycode and future
    /// ACE prefixes; allowing it would let a name render as a lookalike Unicode name). Nothing is trimmed, lowered
    /// or normalised: a name that is not already canonical is refused, so what the caller asked for is exactly what
    /// gets registered (Route 53 would otherwise accept dots, "*" wildcards, "_" and \ddd escapes).
    /// Each shape of mistake has its own error id so a caller can tell what to fix.
    /// </summary>
    public sealed class RecordName
    {
        public const int MaxLength = 63;

        private RecordName(string value) => Value = value;

        public string Value { get; }

        public override string ToString() => Value;

        public static RecordName Parse(string? name)
        {
            var error = Check(name);
            if (error != null)
            {
                throw new SpawnValidationException(error.Value.ErrorId, error.Value.Message, name);
            }
            return new RecordName(name!);
        }

        public static bool IsValid(string? name) => Check(name) == null;

        private static (string ErrorId, string Message)? Check(string? name)
        {
            if (name == null || name.Length == 0)
            {
                return ("DnsRecordNameEmpty", "The record name is empty.");
            }
            if (name.Any(char.IsWhiteSpace))
            {
                return ("DnsRecordNameWhitespace", "The record name contains whitespace; it is not trimmed.");
            }
            if (name.Length > MaxLength)
            {
                return ("DnsRecordNameTooLong", "The record name is longer than 63 characters.");
            }
            if (name.Contains('.'))
            {
                return ("DnsRecordNameNotSingleLabel", "The record name must be a single DNS label, without dots.");
            }
            if (name.Any(c => c >= 'A' && c <= 'Z'))
            {
                return ("DnsRecordNameUppercase", "The record name must be lowercase; it is not lowered.");
            }
            if (!name.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return ("DnsRecordNameInvalidCharacter", "The record name may contain only a-z, 0-9 and hyphens.");
            }
            if (name[0] == '-' || name[name.Length - 1] == '-')
            {
                return ("DnsRecordNameHyphenAtEdge", "The record name must not start or end with a hyphen.");
            }
            if (name.Length >= 4 && name[2] == '-' && name[3] == '-')
            {
                return ("DnsRecordNameReservedPrefix", "The record name must not have hyphens in positions 3 and 4 (reserved for xn-- punycode).");
            }
            return null;
        }
    }
}
