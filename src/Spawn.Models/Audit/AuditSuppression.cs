using System;

namespace Spawn.Audit
{
    /// <summary>An accepted-risk rule from the suppressions file, as attached to the findings it matched.</summary>
    public sealed class AuditSuppression
    {
        public string RuleId { get; set; } = "";
        public string Justification { get; set; } = "";
        public string Owner { get; set; } = "";
        public DateTimeOffset ExpiresAt { get; set; }
        public string? Ticket { get; set; }
        public string Source { get; set; } = "";

        /// <summary>The rule matched but has expired, so the finding is open again.</summary>
        public bool Expired { get; set; }
    }
}
