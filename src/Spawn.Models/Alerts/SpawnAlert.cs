using System;
using System.Collections.Generic;

namespace Spawn
{
    /// <summary>A stored alert: which instances it watches, what makes it fire, and where it is sent (webhooks masked).</summary>
    public sealed class SpawnAlert
    {
        public string Name { get; set; } = "";

        /// <summary>The instances it watches, in words ("all managed instances", "tag team=data and owner ...").</summary>
        public string Scope { get; set; } = "";

        public IReadOnlyDictionary<string, string> ScopeTags { get; set; } = new Dictionary<string, string>();
        public string? ScopeOwner { get; set; }
        public string? ScopeNamePattern { get; set; }

        /// <summary>Accumulated estimated cost (USD) above which an instance fires the alert.</summary>
        public decimal? CostAbove { get; set; }

        /// <summary>Fires for an instance still running after its spawn:ttl expiry.</summary>
        public bool PastTtl { get; set; }

        /// <summary>Fires for an instance older than this many hours.</summary>
        public double? OlderThanHours { get; set; }

        /// <summary>Fires for an instance with a failing audit finding at or above this severity.</summary>
        public Spawn.Audit.AuditSeverity? AuditSeverity { get; set; }

        /// <summary>The conditions in words.</summary>
        public string[] Conditions { get; set; } = Array.Empty<string>();

        public SpawnAlertTarget[] Targets { get; set; } = Array.Empty<SpawnAlertTarget>();

        /// <summary>The KMS key that encrypts the webhook URLs (null when the alert has none).</summary>
        public string? KmsKeyId { get; set; }

        /// <summary>How many condition/instance pairs have fired and not cleared yet.</summary>
        public int Firing { get; set; }

        public string Region { get; set; } = "";
        public DateTime Created { get; set; }
        public DateTime Modified { get; set; }

        public override string ToString() => Name;
    }
}
