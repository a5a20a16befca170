using System;
using System.Collections.Generic;
using Spawn.Instances;

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

        /// <summary>When a stopped instance stopped, when EC2 says.</summary>
        public DateTime? StoppedAt { get; set; }

        /// <summary>spawn:created, or the launch time when the tag is missing.</summary>
        public DateTime? Created { get; set; }

        /// <summary>spawn:ttl, the absolute expiry.</summary>
        public DateTime? ExpiresAt { get; set; }

        public IReadOnlyDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

        /// <summary>Attached EBS volumes: type (gp3...) and size in GiB.</summary>
        public IReadOnlyList<(string Type, int SizeGiB)> Volumes { get; set; } = Array.Empty<(string, int)>();

        /// <summary>The audit's findings for the instance, when some alert of the pass has an AuditFinding condition.</summary>
        public AlertAudit? Audit { get; set; }

        /// <summary>The estimated accumulated cost, set by the checker; null when prices are missing (<see cref="CostUnknown"/> says why).</summary>
        public CostEstimate? Cost { get; set; }

        public string? CostUnknown { get; set; }

        public bool IsRunning => State == "running";

        /// <summary>
        /// Accumulated run hours: those recorded in spawn:run-hours plus the current (or last, once stopped) run period;
        /// <paramref name="finished"/> is that last period when it has ended and is not recorded yet.
        /// </summary>
        public double RunHours(DateTime now, out RunHours? finished)
        {
            Tags.TryGetValue(SpawnTags.RunHours, out var recorded);
            return Instances.RunHours.Parse(recorded).Total(State, LaunchTime, StoppedAt, now, out finished);
        }
    }
}
