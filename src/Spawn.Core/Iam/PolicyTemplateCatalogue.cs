using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Spawn.Iam
{
    /// <summary>The policy templates shipped inside Spawn.Core (Templates/PolicyTemplates.json), by name.</summary>
    public static class PolicyTemplateCatalogue
    {
        private static readonly Lazy<IReadOnlyList<PolicyTemplate>> Loaded = new Lazy<IReadOnlyList<PolicyTemplate>>(Load);

        public static IReadOnlyList<PolicyTemplate> All => Loaded.Value;

        /// <summary>The template with this name (case-insensitive).</summary>
        /// <exception cref="SpawnValidationException">UnknownIamPolicyTemplate, listing the known names.</exception>
        public static PolicyTemplate Get(string name)
        {
            var template = All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
            if (template == null)
            {
                throw new SpawnValidationException("UnknownIamPolicyTemplate",
                    $"'{name}' is not an IAM policy template. Known templates: {string.Join(", ", All.Select(t => t.Name))} (Get-SpawnIamPolicyTemplate shows them).", name);
            }
            return template;
        }

        private static IReadOnlyList<PolicyTemplate> Load()
        {
            using var stream = typeof(PolicyTemplateCatalogue).Assembly.GetManifestResourceStream("Spawn.Iam.PolicyTemplates.json")
                ?? throw new InvalidOperationException("The IAM policy templates are missing from Spawn.Core.");
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.GetProperty("templates").EnumerateArray().Select(t => new PolicyTemplate(t)).ToList();
        }
    }
}
