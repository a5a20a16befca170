using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spawn.Audit.Checks;

namespace Spawn.Audit.Catalogue
{
    /// <summary>The check catalogue, read once from the embedded Catalogue.json and joined with the registered checks.</summary>
    public static class CheckCatalogue
    {
        private static readonly Lazy<(string Version, IReadOnlyList<CheckDefinition> Checks)> Loaded = new Lazy<(string, IReadOnlyList<CheckDefinition>)>(Load);

        public static string Version => Loaded.Value.Version;
        public static IReadOnlyList<CheckDefinition> Definitions => Loaded.Value.Checks;

        public static CheckDefinition Definition(string id) => Definitions.First(d => d.Id == id);

        /// <summary>The catalogue entries as output objects, with their frameworks and required IAM actions.</summary>
        public static AuditCheck Describe(CheckDefinition d)
        {
            var check = CheckRegistry.All.First(c => c.Id == d.Id);
            return new AuditCheck
            {
                CheckId = d.Id, Title = d.Title, Severity = d.Severity, ResourceType = d.ResourceType, Service = d.Service,
                Description = d.Description, Remediation = d.Remediation, Compliance = d.Compliance,
                Baselines = Frameworks.Of(d), RequiredActions = check.Needs.Select(a => a.IamAction).Distinct().ToArray(),
            };
        }

        internal static JsonSerializerOptions JsonOptions() => new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            Converters = { new JsonStringEnumConverter() },
        };

        private static (string, IReadOnlyList<CheckDefinition>) Load()
        {
            using var stream = typeof(CheckCatalogue).Assembly.GetManifestResourceStream("Spawn.Audit.Catalogue.json")
                ?? throw new InvalidOperationException("The audit catalogue is not embedded in Spawn.Core.");
            using var reader = new StreamReader(stream);
            var file = JsonSerializer.Deserialize<CatalogueFile>(reader.ReadToEnd(), JsonOptions())!;
            return (file.Version, file.Checks);
        }

        private sealed class CatalogueFile
        {
            public string Version { get; set; } = "";
            public List<CheckDefinition> Checks { get; set; } = new List<CheckDefinition>();
        }
    }
}
