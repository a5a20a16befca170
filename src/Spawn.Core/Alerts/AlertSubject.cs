using System;
using System.Collections.Generic;

namespace Spawn.Alerts
{
    /// <summary>What the alert conditions need to know about one managed instance.</summary>
    public sealed class AlertSubject
    {
        public string InstanceId { get; set; } = "";
        public string? Name { get; set; }
        public string? Owner { get; set; }
        public string State { get; set; } = "";
        public string InstanceType { get; set; } = "";
        public string Region { get; set; } = "";

        /// <summary>EC2's LaunchTime: the last start (it moves when a stopped instance is started again).</summary>
        public DateTime? LaunchTime { get; set; }

        /// <summary>spawn:created, or the launch time when the tag is missing.</summary>
        public DateTime? Created { get; set; }

        /// <summary>spawn:ttl, the absolute expiry.</summary>
        public DateTime? ExpiresAt { get; set; }

        public IReadOnlyDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

        /// <summary>Attached EBS volumes: type (gp3...) and size in GiB.</summary>
        public IReadOnlyList<(string Type, int SizeGiB)> Volumes { get; set; } = Array.Empty<(string, int)>();

        /// <summary>The audit's findings for the instance, when some alert of the pass has an AuditFinding condition.</summary>
        public AlertAudit? Audit { get; set; }

        public bool IsRunning => State == "running";
    }
}
