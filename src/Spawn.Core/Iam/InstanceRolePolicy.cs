using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Spawn.Iam
{
    /// <summary>
    /// The permissions asked for at launch: templates (each with the resources named for it) plus an optional
    /// policy file, merged into one inline policy. Validated when built (no AWS call); rendered once the account is known.
    /// </summary>
    public sealed class InstanceRolePolicy
    {
        /// <summary>The one inline policy of a Spawn role.</summary>
        public const string InlinePolicyName = "spawn-policy";

        private InstanceRolePolicy(IReadOnlyList<(PolicyTemplate Template, IReadOnlyList<string> Resources)> templates, PolicyDocument? file, string? fileName)
        {
            Templates = templates;
            File = file;
            FileName = fileName;
        }

        public IReadOnlyList<(PolicyTemplate Template, IReadOnlyList<string> Resources)> Templates { get; }
        public PolicyDocument? File { get; }
        public string? FileName { get; }

        /// <summary>
        /// Validates the selection: known template names, resources only for selected templates and of the right
        /// shape, and a file that is a policy without administrator grants (unless <paramref name="allowBroad"/>,
        /// when those grants come back in <paramref name="warnings"/>). Null when nothing is asked for.
        /// </summary>
        /// <exception cref="SpawnValidationException">UnknownIamPolicyTemplate, IamPolicyResourceWithoutTemplate,
        /// InvalidIamPolicyResource, IamPolicyFileInvalid, IamPolicyTooBroad, IamPolicyTooLarge.</exception>
        public static InstanceRolePolicy? From(IReadOnlyList<string> templateNames, IReadOnlyDictionary<string, IReadOnlyList<string>> resources,
            string? policyFileText, string? policyFileName, bool allowBroad, ICollection<string> warnings)
        {
            var templates = templateNames.Select(PolicyTemplateCatalogue.Get).Distinct().ToList();
            foreach (var key in resources.Keys)
            {
                var template = PolicyTemplateCatalogue.Get(key);
                if (!templates.Contains(template))
                {
                    throw new SpawnValidationException("IamPolicyResourceWithoutTemplate",
                        $"-IamPolicyResource names resources for {template.Name}, which -IamPolicy does not select.", key);
                }
            }
            var selection = templates.Select(t => (t, (IReadOnlyList<string>)resources
                    .Where(r => string.Equals(r.Key, t.Name, StringComparison.OrdinalIgnoreCase))
                    .SelectMany(r => r.Value).Select(t.ValidateResource).Distinct(StringComparer.Ordinal).ToList()))
                .ToList();

            var file = policyFileText == null ? null : PolicyDocument.Parse(policyFileText, policyFileName ?? "policy");
            if (file != null && file.BroadGrants.Count > 0)
            {
                var what = string.Join("; ", file.BroadGrants);
                if (!allowBroad)
                {
                    throw new SpawnValidationException("IamPolicyTooBroad",
                        $"The policy in '{policyFileName}' grants administrator access ({what}): anyone with a shell on the instance, or an SSRF bug in its software, would own the account. Narrow it, or pass -Force to launch with it anyway.",
                        policyFileName);
                }
                warnings.Add($"The instance role grants administrator access ({what}); -Force was given.");
            }
            if (selection.Count == 0 && file == null)
            {
                return null;
            }
            var policy = new InstanceRolePolicy(selection, file, policyFileName);
            // The size limit depends only on lengths: a 12-digit placeholder account gives the real length.
            policy.Render(new PolicyScope("aws", "us-east-1", "000000000000"));
            return policy;
        }

        /// <summary>The canonical inline policy document for <paramref name="scope"/>.</summary>
        /// <exception cref="SpawnValidationException">IamPolicyTooLarge.</exception>
        public string Render(PolicyScope scope)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("Version", PolicyDocument.Version);
                writer.WriteStartArray("Statement");
                foreach (var (template, resources) in Templates)
                {
                    template.WriteStatements(writer, scope, resources);
                }
                if (File != null)
                {
                    foreach (var statement in File.Statements.EnumerateArray())
                    {
                        statement.WriteTo(writer);
                    }
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            var canonical = PolicyJson.Canonicalize(Encoding.UTF8.GetString(buffer.ToArray()));
            if (canonical.Length > PolicyDocument.MaxLength)
            {
                throw new SpawnValidationException("IamPolicyTooLarge",
                    $"The instance role policy would be {canonical.Length} characters; IAM allows {PolicyDocument.MaxLength}. Select fewer templates or resources, or shorten the policy file.");
            }
            return canonical;
        }

        /// <summary>Role and instance-profile name for a rendered policy: the same policy always gets the same role.</summary>
        public static string RoleName(string canonicalPolicy) => "spawn-" + PolicyJson.Hash12(canonicalPolicy);

        /// <summary>For -WhatIf: what the role is made of.</summary>
        public string Describe()
        {
            var parts = Templates.Select(t => t.Resources.Count == 0 ? t.Template.Name : $"{t.Template.Name} ({string.Join(", ", t.Resources)})").ToList();
            if (FileName != null) parts.Add("policy file " + FileName);
            return string.Join(", ", parts);
        }
    }
}
