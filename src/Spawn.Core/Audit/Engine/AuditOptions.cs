using System.Collections.Generic;
using Spawn.Audit.Suppressions;

namespace Spawn.Audit.Engine
{
    /// <summary>Everything Invoke-SpawnAudit passes to the engine, already validated and read.</summary>
    public sealed class AuditOptions
    {
        public IReadOnlyList<string> Regions { get; set; } = new List<string>();
        public IReadOnlyList<string> InstanceIds { get; set; } = new List<string>();
        public IReadOnlyList<string> RoleArns { get; set; } = new List<string>();
        public string? Framework { get; set; }
        public IReadOnlyList<string> CheckIds { get; set; } = new List<string>();
        public IReadOnlyList<string> ExcludeCheckIds { get; set; } = new List<string>();
        public int ThrottleLimit { get; set; } = 10;
        public SuppressionSet? Suppressions { get; set; }
        public Comparison? Previous { get; set; }
        public AuditSeverity FailOnSeverity { get; set; } = AuditSeverity.High;
    }
}
