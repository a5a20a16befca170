using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Spawn.Iam
{
    /// <summary>
    /// One least-privilege policy template (data from Templates/PolicyTemplates.json): statements with
    /// ${Partition}/${Region}/${Account} for the launch's scope and ${Resource} for the names the user passes.
    /// </summary>
    public sealed class PolicyTemplate
    {
        private const string ResourcePlaceholder = "${Resource}";
        private readonly Regex _resourcePattern;
        private readonly string _unscopedResource;
        private readonly JsonElement _statements;

        internal PolicyTemplate(JsonElement data)
        {
            Name = data.GetProperty("name").GetString()!;
            Description = data.GetProperty("description").GetString()!;
            ResourceKind = data.GetProperty("resource").GetString()!;
            Unscoped = data.GetProperty("unscoped").GetString()!;
            _resourcePattern = new Regex(data.GetProperty("resourcePattern").GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            _unscopedResource = data.GetProperty("unscopedResource").GetString()!;
            _statements = data.GetProperty("statements").Clone();
            Actions = PolicyStatement.Parse("{\"Statement\":" + _statements.GetRawText() + "}").SelectMany(s => s.Actions).Distinct().ToList();
        }

        public string Name { get; }
        public string Description { get; }

        /// <summary>What a name given with -IamPolicyResource is, e.g. "bucket name".</summary>
        public string ResourceKind { get; }

        /// <summary>What the template covers when no resource is named.</summary>
        public string Unscoped { get; }

        public IReadOnlyList<string> Actions { get; }

        /// <summary>Checks a resource name the user passed for this template.</summary>
        /// <exception cref="SpawnValidationException">InvalidIamPolicyResource.</exception>
        public string ValidateResource(string resource)
        {
            if (resource == null || !_resourcePattern.IsMatch(resource) || resource.Contains(ResourcePlaceholder))
            {
                throw new SpawnValidationException("InvalidIamPolicyResource",
                    $"'{resource}' is not a valid {ResourceKind} for the IAM policy template {Name}.", resource);
            }
            return resource;
        }

        /// <summary>Writes the statements for <paramref name="scope"/>; each string with ${Resource} becomes one value per resource.</summary>
        internal void WriteStatements(Utf8JsonWriter writer, PolicyScope scope, IReadOnlyList<string> resources)
        {
            var names = resources.Count > 0 ? resources : new[] { _unscopedResource };
            foreach (var statement in _statements.EnumerateArray())
            {
                Write(writer, statement, scope, names);
            }
        }

        private static void Write(Utf8JsonWriter writer, JsonElement element, PolicyScope scope, IReadOnlyList<string> names)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var member in element.EnumerateObject())
                    {
                        writer.WritePropertyName(member.Name);
                        var expanded = Expand(member.Value, scope, names);
                        if (expanded != null && expanded.Count > 1)
                        {
                            WriteStrings(writer, expanded);
                        }
                        else
                        {
                            Write(writer, member.Value, scope, names);
                        }
                    }
                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in element.EnumerateArray())
                    {
                        var expanded = Expand(item, scope, names);
                        if (expanded != null)
                        {
                            expanded.ForEach(writer.WriteStringValue);
                        }
                        else
                        {
                            Write(writer, item, scope, names);
                        }
                    }
                    writer.WriteEndArray();
                    break;
                case JsonValueKind.String:
                    writer.WriteStringValue(scope.Substitute(element.GetString()!).Replace(ResourcePlaceholder, names[0]));
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }

        /// <summary>The values of a string with ${Resource}, one per name; null for anything else.</summary>
        private static List<string>? Expand(JsonElement element, PolicyScope scope, IReadOnlyList<string> names)
        {
            if (element.ValueKind != JsonValueKind.String || !element.GetString()!.Contains(ResourcePlaceholder))
            {
                return null;
            }
            var text = scope.Substitute(element.GetString()!);
            return names.Select(n => text.Replace(ResourcePlaceholder, n)).Distinct().ToList();
        }

        private static void WriteStrings(Utf8JsonWriter writer, IEnumerable<string> values)
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }
            writer.WriteEndArray();
        }
    }
}
