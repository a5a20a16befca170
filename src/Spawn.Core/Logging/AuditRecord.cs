using System;
using System.Collections.Generic;

namespace Spawn.Logging
{
    /// <summary>
    /// What one state-changing operation leaves in the audit log. Built by <see cref="AuditScope"/>, which masks
    /// parameters and the error message before they get here: sinks write a record as it is.
    /// </summary>
    public sealed class AuditRecord
    {
        public AuditRecord(DateTime time, string correlationId, string action, SpawnAuditOutcome outcome)
        {
            Time = time.ToUniversalTime();
            CorrelationId = correlationId;
            Action = action;
            Outcome = outcome;
        }

        public DateTime Time { get; }
        public string CorrelationId { get; }
        public string Action { get; }
        public SpawnAuditOutcome Outcome { get; }
        public string? CallerArn { get; set; }
        public string? Account { get; set; }
        public string? Region { get; set; }
        public IReadOnlyList<string> Targets { get; set; } = Array.Empty<string>();
        public IReadOnlyDictionary<string, string> Parameters { get; set; } = new Dictionary<string, string>();
        public IReadOnlyList<string> RequestIds { get; set; } = Array.Empty<string>();
        public string? ErrorCode { get; set; }
        public string? ErrorMessage { get; set; }
    }
}
