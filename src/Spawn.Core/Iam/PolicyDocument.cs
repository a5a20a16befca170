using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Spawn.Iam
{
    /// <summary>
    /// A user-supplied IAM identity policy (-IamPolicyFile), checked for shape before it goes anywhere near IAM:
    /// Version 2012-10-17, a non-empty Statement array, and per statement Effect, Action/NotAction and
    /// Resource/NotResource with nothing unknown (no Principal: this is an identity policy).
    /// </summary>
    public sealed class PolicyDocument
    {
        public const string Version = "2012-10-17";

        /// <summary>IAM's limit on a role's inline policies, counted without whitespace.</summary>
        public const int MaxLength = 10240;

        private static readonly Regex ActionShape = new Regex(@"^(\*|[A-Za-z0-9*?-]+:[A-Za-z0-9*?]+)$", RegexOptions.CultureInvariant);
        private static readonly HashSet<string> StatementMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition",
        };

        private PolicyDocument(JsonElement statements, IReadOnlyList<PolicyStatement> parsed)
        {
            Statements = statements;
            BroadGrants = parsed.Select(Broad).Where(b => b != null).Select(b => b!).ToList();
        }

        /// <summary>The Statement array, as written.</summary>
        public JsonElement Statements { get; }

        /// <summary>Statements that amount to administrator access: * on *, iam:* on *, or iam:PassRole on *.</summary>
        public IReadOnlyList<string> BroadGrants { get; }

        /// <summary>Validates <paramref name="json"/> read from <paramref name="source"/> (named in errors).</summary>
        /// <exception cref="SpawnValidationException">IamPolicyFileInvalid.</exception>
        public static PolicyDocument Parse(string json, string source)
        {
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(json);
                root = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw Invalid(source, "it is not valid JSON (" + e.Message + ")");
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(source, "it is not a JSON object");
            }
            if (!root.TryGetProperty("Version", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != Version)
            {
                throw Invalid(source, $"\"Version\" must be \"{Version}\"");
            }
            if (!root.TryGetProperty("Statement", out var statements) || statements.ValueKind != JsonValueKind.Array || statements.GetArrayLength() == 0)
            {
                throw Invalid(source, "\"Statement\" must be a non-empty array");
            }
            var index = 0;
            foreach (var statement in statements.EnumerateArray())
            {
                CheckStatement(statement, source, index++);
            }
            return new PolicyDocument(statements, PolicyStatement.Parse(root.GetRawText()));
        }

        private static void CheckStatement(JsonElement s, string source, int index)
        {
            var where = $"statement {index}";
            if (s.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(source, where + " is not an object");
            }
            var unknown = s.EnumerateObject().Select(m => m.Name).FirstOrDefault(n => !StatementMembers.Contains(n));
            if (unknown != null)
            {
                throw Invalid(source, $"{where} has \"{unknown}\", which an identity policy cannot have");
            }
            if (!s.TryGetProperty("Effect", out var effect) || effect.ValueKind != JsonValueKind.String || (effect.GetString() != "Allow" && effect.GetString() != "Deny"))
            {
                throw Invalid(source, where + " needs \"Effect\": \"Allow\" or \"Deny\"");
            }
            var actions = OneOf(s, "Action", "NotAction", source, where);
            var bad = actions.FirstOrDefault(a => !ActionShape.IsMatch(a));
            if (bad != null)
            {
                throw Invalid(source, $"{where} has the action \"{bad}\", which is not service:Action");
            }
            OneOf(s, "Resource", "NotResource", source, where);
            if (s.TryGetProperty("Condition", out var condition) && condition.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(source, where + " has a \"Condition\" that is not an object");
            }
        }

        /// <summary>Exactly one of two members, a string or a non-empty array of strings.</summary>
        private static IReadOnlyList<string> OneOf(JsonElement s, string name, string notName, string source, string where)
        {
            var has = s.TryGetProperty(name, out var value);
            var hasNot = s.TryGetProperty(notName, out var notValue);
            if (has == hasNot)
            {
                throw Invalid(source, $"{where} needs exactly one of \"{name}\" and \"{notName}\"");
            }
            var element = has ? value : notValue;
            var strings = element.ValueKind == JsonValueKind.String ? new List<string> { element.GetString()! }
                : element.ValueKind == JsonValueKind.Array && element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
                    ? element.EnumerateArray().Select(e => e.GetString()!).ToList() : new List<string>();
            if (strings.Count == 0 || strings.Any(x => x.Length == 0))
            {
                throw Invalid(source, $"{where} has \"{(has ? name : notName)}\" that is not a string or a non-empty array of strings");
            }
            return strings;
        }

        private static string? Broad(PolicyStatement s, int index)
        {
            var label = s.Label("statement", index);
            if (s.GrantsEverything) return label + " allows * on *";
            if (!s.OnAllResources) return null;
            if (s.Grants("iam:*")) return label + " allows iam:* on *";
            if (s.Grants("iam:PassRole")) return label + " allows iam:PassRole on *";
            return null;
        }

        private static SpawnValidationException Invalid(string source, string why) =>
            new SpawnValidationException("IamPolicyFileInvalid", $"'{source}' is not a valid IAM policy: {why}.", source);
    }
}
