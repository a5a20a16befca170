using System;
using System.Collections.Generic;

namespace Spawn
{
    /// <summary>
    /// An EC2 instance as Spawn shows it: flat, SDK-free, with property names that bind to the
    /// -InstanceId/-Region parameters of the other instance cmdlets.
    /// </summary>
    public sealed class SpawnInstance
    {
        public string InstanceId { get; set; } = "";
        public string? Name { get; set; }
        public string State { get; set; } = "";
        public string InstanceType { get; set; } = "";
        public string ImageId { get; set; } = "";
        public string Region { get; set; } = "";
        public string? AvailabilityZone { get; set; }
        public string? PublicIpAddress { get; set; }
        public string? PrivateIpAddress { get; set; }
        public string? DnsName { get; set; }
        /// <summary>EC2's LaunchTime: the last start (EC2 moves it on every start).</summary>
        public DateTime? LaunchTime { get; set; }

        /// <summary>When a stopped instance stopped (UTC, from EC2's StateTransitionReason); null otherwise.</summary>
        public DateTime? StoppedAt { get; set; }

        /// <summary>The absolute expiry (UTC) from the spawn:ttl tag; null when the instance has none.</summary>
        public DateTime? ExpiresAt { get; set; }

        /// <summary>The caller ARN that launched it (spawn:owner).</summary>
        public string? Owner { get; set; }

        public bool IsManaged { get; set; }
        public bool ImdsV2Required { get; set; }

        /// <summary>True when every attached EBS volume is encrypted.</summary>
        public bool VolumesEncrypted { get; set; }

        public string? KeyName { get; set; }

        /// <summary>The local private key file Spawn wrote for this instance, when it exists on this machine.</summary>
        public string? KeyPath { get; set; }

        public string[] SecurityGroupIds { get; set; } = Array.Empty<string>();
        public string? IamRole { get; set; }

        /// <summary>The login user for ssh, derived from the image family at launch (spawn:ssh-user).</summary>
        public string? SshUser { get; set; }

        public IReadOnlyDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

        /// <summary>Time left before the TTL agent powers the instance off; negative once expired.</summary>
        public TimeSpan? ExpiresIn => ExpiresAt.HasValue ? ExpiresAt.Value - DateTime.UtcNow : (TimeSpan?)null;

        public bool IsExpired => ExpiresAt.HasValue && ExpiresAt.Value <= DateTime.UtcNow;

        public override string ToString() => InstanceId;
    }
}
