namespace Spawn.Audit
{
    /// <summary>What Repair-SpawnAuditFinding did (or would do) for one finding.</summary>
    public sealed class AuditRepairResult
    {
        public string FindingId { get; set; } = "";
        public string CheckId { get; set; } = "";
        public string ResourceArn { get; set; } = "";
        public string Action { get; set; } = "";

        /// <summary>Repaired, Skipped (nothing safe to do) or NotSupported.</summary>
        public string Outcome { get; set; } = "";
        public string Reason { get; set; } = "";
        public bool Disruptive { get; set; }
        public string? Disruption { get; set; }
    }
}
