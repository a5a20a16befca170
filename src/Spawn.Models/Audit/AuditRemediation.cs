namespace Spawn.Audit
{
    /// <summary>How to fix a failing check: prose plus the Spawn or AWS CLI command.</summary>
    public sealed class AuditRemediation
    {
        public string Text { get; set; } = "";
        public string? AwsCli { get; set; }
        public string? SpawnCommand { get; set; }

        /// <summary>Repair-SpawnAuditFinding can fix it.</summary>
        public bool AutoRemediable { get; set; }

        /// <summary>The fix interrupts the workload (a restart, or software that relies on the old behaviour).</summary>
        public bool Disruptive { get; set; }
    }
}
