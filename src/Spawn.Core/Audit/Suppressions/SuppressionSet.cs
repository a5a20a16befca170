using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Spawn.Audit.Engine;

namespace Spawn.Audit.Suppressions
{
    /// <summary>
    /// The suppressions file, validated as a whole: any unreadable or invalid rule rejects the file (fail closed, the
    /// run stops). Accepts {"Suppressions": [...]} or a bare list, from JSON or from a PSD1 hashtable (the cmdlet parses
    /// PSD1 into dictionaries and lists; this class sees the same shape either way).
    /// </summary>
    public sealed class SuppressionSet
    {
        public const string InvalidErrorId = "AuditSuppressionFileInvalid";
        private static readonly string[] Known = { "Id", "CheckId", "Resource", "Tag", "Justification", "Owner", "ExpiresAt", "Ticket" };

        private readonly HashSet<string> _used = new HashSet<string>();
        private readonly HashSet<string> _expired = new HashSet<string>();

        private SuppressionSet(string source, IReadOnlyList<SuppressionRule> rules, string hash)
        {
            Source = source;
            Rules = rules;
            Hash = hash;
        }

        public string Source { get; }
        public string Hash { get; }
        public IReadOnlyList<SuppressionRule> Rules { get; }

        public static SuppressionSet FromJson(string json, string source)
        {
            object? tree;
            try
            {
                using var doc = JsonDocument.Parse(json);
                tree = Convert(doc.RootElement);
            }
            catch (JsonException e)
            {
                throw Invalid(source, "it is not valid JSON: " + e.Message);
            }
            return FromData(tree, source, FindingFactory.Hash(json));
        }

        /// <summary>From dictionaries, lists and scalars (a parsed PSD1).</summary>
        public static SuppressionSet FromData(object? root, string source, string hash)
        {
            var list = root is IDictionary d ? Value(d, "Suppressions") ?? Value(d, "Rules") : root;
            if (!(list is IList items) || list is string)
            {
                throw Invalid(source, "the top level must be a list of rules or contain a 'Suppressions' list");
            }
            var rules = new List<SuppressionRule>();
            var index = 0;
            foreach (var item in items)
            {
                index++;
                if (!(item is IDictionary rule))
                {
                    throw Invalid(source, $"rule {index} is not an object");
                }
                rules.Add(Parse(rule, index, source));
            }
            var duplicate = rules.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate != null)
            {
                throw Invalid(source, $"rule id '{duplicate.Key}' is used twice");
            }
            return new SuppressionSet(source, rules, hash);
        }

        /// <summary>Attaches the first matching rule to a Fail or Manual finding; an expired rule re-opens it.</summary>
        public void Apply(AuditFinding finding, DateTimeOffset now)
        {
            if (finding.Status != AuditStatus.Fail && finding.Status != AuditStatus.Manual)
            {
                return;
            }
            var rule = Rules.FirstOrDefault(r => r.Matches(finding));
            if (rule == null)
            {
                return;
            }
            _used.Add(rule.Id);
            var expired = rule.IsExpired(now);
            if (expired)
            {
                _expired.Add(rule.Id);
            }
            finding.Suppression = rule.ToModel(Source, expired);
            finding.Suppressed = !expired;
        }

        public string[] Unused => Rules.Where(r => !_used.Contains(r.Id)).Select(r => r.Id).ToArray();
        public string[] Expired => _expired.OrderBy(x => x, StringComparer.Ordinal).ToArray();

        private static SuppressionRule Parse(IDictionary d, int index, string source)
        {
            foreach (var key in d.Keys.Cast<object>().Select(k => k.ToString()!))
            {
                if (!Known.Contains(key, StringComparer.OrdinalIgnoreCase))
                {
                    throw Invalid(source, $"rule {index} has an unknown field '{key}' (known: {string.Join(", ", Known)})");
                }
            }
            string? Text(string name) => Value(d, name) is object v ? System.Convert.ToString(v, CultureInfo.InvariantCulture) : null;
            string Required(string name) => string.IsNullOrWhiteSpace(Text(name)) ? throw Invalid(source, $"rule {index} has no {name}") : Text(name)!.Trim();

            var rule = new SuppressionRule
            {
                Id = Text("Id") ?? "rule-" + index.ToString(CultureInfo.InvariantCulture),
                CheckId = Text("CheckId"),
                Resource = Text("Resource"),
                Justification = Required("Justification"),
                Owner = Required("Owner"),
                Ticket = Text("Ticket"),
            };
            var expires = Value(d, "ExpiresAt");
            if (expires is DateTime dt)
            {
                rule.ExpiresAt = new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt.ToUniversalTime());
            }
            else if (!DateTimeOffset.TryParse(Required("ExpiresAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                throw Invalid(source, $"rule {index} ExpiresAt '{Text("ExpiresAt")}' is not a date (use ISO 8601, e.g. 2026-12-31T00:00:00Z)");
            }
            else
            {
                rule.ExpiresAt = parsed;
            }
            var tag = Text("Tag");
            if (tag != null)
            {
                var eq = tag.IndexOf('=');
                rule.TagKey = eq < 0 ? tag : tag.Substring(0, eq);
                rule.TagValue = eq < 0 ? null : tag.Substring(eq + 1);
            }
            if (rule.CheckId == null && rule.Resource == null && rule.TagKey == null)
            {
                throw Invalid(source, $"rule {index} matches everything; give CheckId, Resource or Tag");
            }
            return rule;
        }

        private static object? Value(IDictionary d, string name)
        {
            foreach (DictionaryEntry e in d)
            {
                if (string.Equals(e.Key.ToString(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return e.Value;
                }
            }
            return null;
        }

        private static object? Convert(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: return e.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value));
                case JsonValueKind.Array: return e.EnumerateArray().Select(Convert).ToList();
                case JsonValueKind.String: return e.GetString();
                case JsonValueKind.Null: return null;
                default: return e.GetRawText();
            }
        }

        private static SpawnValidationException Invalid(string source, string why) =>
            new SpawnValidationException(InvalidErrorId, $"The suppressions file {source} is invalid: {why}.", source);
    }
}
