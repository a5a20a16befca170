using System.Collections.Generic;

namespace Spawn.Audit.Catalogue
{
    /// <summary>One catalogue entry as stored in Catalogue.json (data, not code: titles, severities, mappings).</summary>
    public sealed class CheckDefinition
    {
        public string Id { get; set; } = "";
        public string Service { get; set; } = "";
        public string ResourceType { get; set; } = "";
        public AuditSeverity Severity { get; set; }
        public string Title { get; set; } = "";
        public string Description { get; set; } = "";
        public AuditRemediation Remediation { get; set; } = new AuditRemediation();
        public Dictionary<string, string[]> Compliance { get; set; } = new Dictionary<string, string[]>();

        /// <summary>Severity under a framework (-Framework value → severity), e.g. public addresses weigh more at 800-53 Moderate.</summary>
        public Dictionary<string, AuditSeverity> SeverityByFramework { get; set; } = new Dictionary<string, AuditSeverity>();

        /// <summary>Lowest NIST 800-53 baseline (low, moderate, high) that includes the check; low when absent.</summary>
        public string? Nist80053Level { get; set; }
    }
}
