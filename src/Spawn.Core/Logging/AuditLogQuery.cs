using System;
using System.Collections.Generic;

namespace Spawn.Logging
{
    /// <summary>Which audit entries Get-SpawnAuditLog wants. Every filter given must match; none given matches all.</summary>
    public sealed class AuditLogQuery
    {
        /// <summary>Entries at or after this time (compared in UTC).</summary>
        public DateTime? After { get; set; }

        /// <summary>Entries at or before this time (compared in UTC).</summary>
        public DateTime? Before { get; set; }

        /// <summary>The action filter; the cmdlets pass PowerShell wildcard matching.</summary>
        public Func<string, bool>? ActionMatches { get; set; }

        public ISet<string>? CorrelationIds { get; set; }
        public SpawnAuditOutcome? Outcome { get; set; }

        /// <summary>Only the last N matching entries.</summary>
        public int? Last { get; set; }

        internal bool IncludesDay(DateTime day) =>
            (After == null || day >= After.Value.ToUniversalTime().Date) && (Before == null || day <= Before.Value.ToUniversalTime().Date);

        internal bool Matches(SpawnAuditLogEntry entry) =>
            (After == null || entry.Time >= After.Value.ToUniversalTime())
            && (Before == null || entry.Time <= Before.Value.ToUniversalTime())
            && (ActionMatches == null || ActionMatches(entry.Action))
            && (CorrelationIds == null || CorrelationIds.Contains(entry.CorrelationId))
            && (Outcome == null || entry.Outcome == Outcome.Value);
    }
}
