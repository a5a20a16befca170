using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Spawn.Security;

namespace Spawn.Iam
{
    /// <summary>One statement of an IAM policy document, with the single-string-or-array fields normalised to lists.</summary>
    public sealed class PolicyStatement
    {
        public string Sid { get; private set; } = "";
        public bool Allow { get; private set; }
        public IReadOnlyList<string> Actions { get; private set; } = Array.Empty<string>();
        public bool NotAction { get; private set; }
        public IReadOnlyList<string> Resources { get; private set; } = Array.Empty<string>();
        public bool NotResource { get; private set; }

        /// <summary>Condition keys used (e.g. aws:ResourceTag/team), lowercase.</summary>
        public IReadOnlyList<string> ConditionKeys { get; private set; } = Array.Empty<string>();

        /// <summary>Principal type → values (AWS, Service, Federated, CanonicalUser); "*" alone is stored as AWS: *.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Principals { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

        public bool HasCondition => ConditionKeys.Count > 0;

        /// <summary>Applies to every resource: Resource "*" or any NotResource.</summary>
        public bool OnAllResources => NotResource || Resources.Any(r => r == "*");

        /// <summary>Administrator access: allows every action ("*", "*:*" or any NotAction) on every resource.</summary>
        public bool GrantsEverything => Allow && OnAllResources && (NotAction || Actions.Any(a => a == "*" || a == "*:*"));

        /// <summary>Whether the statement grants this action (wildcards in the policy; NotAction inverts).</summary>
        public bool Grants(string action)
        {
            var matched = Actions.Any(a => Matches(a, action));
            return Allow && (NotAction ? !matched : matched);
        }

        public string Label(string policyName, int index) => policyName + "#" + (Sid.Length > 0 ? Sid : index.ToString(System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>Parses a policy document; a malformed document throws FormatException.</summary>
        public static IReadOnlyList<PolicyStatement> Parse(string document)
        {
            try
            {
                using var doc = JsonDocument.Parse(document);
                if (!doc.RootElement.TryGetProperty("Statement", out var statements))
                {
                    return Array.Empty<PolicyStatement>();
                }
                var items = statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToList() : new List<JsonElement> { statements };
                return items.Select(Read).ToList();
            }
            catch (JsonException e)
            {
                throw new FormatException("The policy document is not valid JSON: " + e.Message, e);
            }
        }

        private static PolicyStatement Read(JsonElement s)
        {
            var statement = new PolicyStatement
            {
                Sid = s.TryGetProperty("Sid", out var sid) && sid.ValueKind == JsonValueKind.String ? sid.GetString()! : "",
                Allow = s.TryGetProperty("Effect", out var effect) && string.Equals(effect.GetString(), "Allow", StringComparison.OrdinalIgnoreCase),
            };
            if (s.TryGetProperty("Action", out var action))
            {
                statement.Actions = Strings(action);
            }
            else if (s.TryGetProperty("NotAction", out var notAction))
            {
                statement.Actions = Strings(notAction);
                statement.NotAction = true;
            }
            if (s.TryGetProperty("Resource", out var resource))
            {
                statement.Resources = Strings(resource);
            }
            else if (s.TryGetProperty("NotResource", out var notResource))
            {
                statement.Resources = Strings(notResource);
                statement.NotResource = true;
            }
            if (s.TryGetProperty("Condition", out var condition) && condition.ValueKind == JsonValueKind.Object)
            {
                statement.ConditionKeys = condition.EnumerateObject()
                    .SelectMany(op => op.Value.ValueKind == JsonValueKind.Object ? op.Value.EnumerateObject().Select(k => k.Name.ToLowerInvariant()) : Enumerable.Empty<string>())
                    .ToList();
            }
            if (s.TryGetProperty("Principal", out var principal))
            {
                var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
                if (principal.ValueKind == JsonValueKind.String)
                {
                    map["AWS"] = new[] { principal.GetString()! };
                }
                else if (principal.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in principal.EnumerateObject())
                    {
                        map[p.Name] = Strings(p.Value);
                    }
                }
                statement.Principals = map;
            }
            return statement;
        }

        private static IReadOnlyList<string> Strings(JsonElement e) =>
            e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : e.ValueKind == JsonValueKind.String ? new[] { e.GetString()! } : Array.Empty<string>();

        /// <summary>IAM action matching: case-insensitive, * and ? wildcards.</summary>
        public static bool Matches(string pattern, string action) => Wildcard.IsMatch(pattern, action, ignoreCase: true);
    }
}
