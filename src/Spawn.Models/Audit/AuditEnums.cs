namespace Spawn.Audit
{
    /// <summary>What a check concluded about one resource. Error means the data could not be read; it never passes.</summary>
    public enum AuditStatus
    {
        Pass,
        Fail,
        Manual,
        Error,
        NotApplicable,
    }

    /// <summary>The five-step scale shared with Prowler and OCSF; the order is the ranking (Critical highest).</summary>
    public enum AuditSeverity
    {
        Informational,
        Low,
        Medium,
        High,
        Critical,
    }

    /// <summary>How a finding compares with the same finding (same FindingId) in a previous run (-CompareTo).</summary>
    public enum AuditChangeType
    {
        None,
        New,
        Changed,
        Unchanged,
        Resolved,
    }
}
