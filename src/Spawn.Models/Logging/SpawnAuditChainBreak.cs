namespace Spawn
{
    /// <summary>Why the audit log's hash chain is broken at a line.</summary>
    public enum SpawnAuditChainBreak
    {
        /// <summary>The line's content does not match its own hash, or it is not a valid audit line.</summary>
        Edited,

        /// <summary>One or more lines before this one (or a whole earlier file) are missing.</summary>
        Deleted,

        /// <summary>The line belongs later (or earlier) in the chain.</summary>
        Reordered,

        /// <summary>The line does not continue the chain: added, copied, or the line before it was rewritten with a new hash.</summary>
        Inserted,
    }
}
