using System;
using System.Collections.Generic;

namespace Spawn
{
    /// <summary>One line of the audit log, as Get-SpawnAuditLog returns it. Parameters and error messages are stored masked.</summary>
    public sealed class SpawnAuditLogEntry
    {
        public DateTime Time { get; set; }
        public string Action { get; set; } = "";
        public SpawnAuditOutcome Outcome { get; set; }
        public string[] Targets { get; set; } = Array.Empty<string>();
        public string? CallerArn { get; set; }
        public string? Account { get; set; }
        public string? Region { get; set; }
        public string CorrelationId { get; set; } = "";
        public IDictionary<string, string> Parameters { get; set; } = new Dictionary<string, string>();
        public string[] RequestIds { get; set; } = Array.Empty<string>();
        public string? ErrorCode { get; set; }
        public string? ErrorMessage { get; set; }

        /// <summary>The file and 1-based line the entry was read from.</summary>
        public string Path { get; set; } = "";
        public int LineNumber { get; set; }

        public override string ToString() => $"{Time:u} {Action} {Outcome}";
    }
}
