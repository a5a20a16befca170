namespace Spawn
{
    /// <summary>How an audited operation ended. -WhatIf and declined confirmations change nothing and are not audited.</summary>
    public enum SpawnAuditOutcome
    {
        Success,
        Failure,
    }
}
