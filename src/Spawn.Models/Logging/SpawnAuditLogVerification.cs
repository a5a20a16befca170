namespace Spawn
{
    /// <summary>Test-SpawnAuditLog's answer: whether the chain holds and, if not, the first broken line and why.</summary>
    public sealed class SpawnAuditLogVerification
    {
        public bool IsValid { get; set; }
        public int FileCount { get; set; }
        public int LineCount { get; set; }

        /// <summary>The file and 1-based line of the first break; empty when the chain holds.</summary>
        public string? Path { get; set; }
        public int? LineNumber { get; set; }
        public SpawnAuditChainBreak? Reason { get; set; }
        public string Message { get; set; } = "";

        public override string ToString() => Message;
    }
}
