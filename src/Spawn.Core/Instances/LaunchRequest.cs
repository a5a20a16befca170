using System;
using System.Collections.Generic;

namespace Spawn.Instances
{
    /// <summary>What the user asked New-SpawnInstance for, as given; <see cref="LaunchPlan.From"/> validates it.</summary>
    public sealed class LaunchRequest
    {
        public string InstanceType { get; set; } = "t3.micro";
        public string? ImageId { get; set; }
        public string? Name { get; set; }
        public int Count { get; set; } = 1;
        public bool Spot { get; set; }
        public string? SpotMaxPrice { get; set; }
        public string? AvailabilityZone { get; set; }
        public string? SubnetId { get; set; }
        public bool NoPublicIp { get; set; }
        public IReadOnlyList<string> SecurityGroupIds { get; set; } = Array.Empty<string>();
        public IReadOnlyList<string> AllowSshFrom { get; set; } = Array.Empty<string>();
        public string? KeyName { get; set; }
        public string? KmsKeyId { get; set; }
        public int? VolumeSize { get; set; }
        public string? UserData { get; set; }
        public string? UserDataPath { get; set; }
        public string? Ttl { get; set; }
        public DateTime? ExpiresAt { get; set; }
        public IReadOnlyDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

        /// <summary>Policy template names (-IamPolicy).</summary>
        public IReadOnlyList<string> IamPolicies { get; set; } = Array.Empty<string>();

        /// <summary>Resources per template name (-IamPolicyResource), scoping that template to them.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> IamPolicyResources { get; set; } = new Dictionary<string, IReadOnlyList<string>>();

        /// <summary>A provider-resolved path to a policy JSON file (-IamPolicyFile).</summary>
        public string? IamPolicyFile { get; set; }

        /// <summary>-Force: accept a policy file that grants administrator access (with a warning).</summary>
        public bool AllowBroadIamPolicy { get; set; }
        public int MetadataHopLimit { get; set; } = 1;
        public bool AllowImdsV1 { get; set; }
        public string? ClientToken { get; set; }

        /// <summary>-DnsEndpoint, -DnsZoneName, -DnsHostedZoneId (see <see cref="DnsRegistration"/>).</summary>
        public string? DnsEndpoint { get; set; }
        public string? DnsZoneName { get; set; }
        public string? DnsHostedZoneId { get; set; }

        /// <summary>Where private keys go; null means SPAWN_KEY_DIRECTORY, else ~/.ssh.</summary>
        public string? KeyDirectory { get; set; }
    }
}
