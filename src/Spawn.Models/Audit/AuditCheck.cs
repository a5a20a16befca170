using System.Collections.Generic;

namespace Spawn.Audit
{
    /// <summary>A catalogue entry as Get-SpawnAuditCheck shows it.</summary>
    public sealed class AuditCheck
    {
        public string CheckId { get; set; } = "";
        public string Title { get; set; } = "";
        public AuditSeverity Severity { get; set; }
        public string ResourceType { get; set; } = "";
        public string Service { get; set; } = "";
        public string Description { get; set; } = "";
        public AuditRemediation Remediation { get; set; } = new AuditRemediation();
        public IDictionary<string, string[]> Compliance { get; set; } = new Dictionary<string, string[]>();

        /// <summary>Spawn baselines (the values of -Framework) the check belongs to.</summary>
        public string[] Baselines { get; set; } = new string[0];

        /// <summary>IAM actions the check's data needs (Get-SpawnAuditPermission is their union).</summary>
        public string[] RequiredActions { get; set; } = new string[0];
    }
}
