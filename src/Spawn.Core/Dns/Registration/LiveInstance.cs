using System.Net;

namespace Spawn.Dns.Registration
{
    /// <summary>What EC2 reports now about the instance of a verified identity document.</summary>
    public sealed class LiveInstance
    {
        public LiveInstance(string instanceId, string ownerAccountId, string state, bool isManaged, IPAddress? publicIpv4, IPAddress? ipv6)
        {
            InstanceId = instanceId;
            OwnerAccountId = ownerAccountId;
            State = state;
            IsManaged = isManaged;
            PublicIpv4 = publicIpv4;
            Ipv6 = ipv6;
        }

        public string InstanceId { get; }

        /// <summary>The reservation's owner: must equal the document's account.</summary>
        public string OwnerAccountId { get; }

        /// <summary>EC2's state name: pending, running, stopping, stopped, shutting-down, terminated.</summary>
        public string State { get; }

        /// <summary>Tagged spawn:managed=true. A hint only (any role with ec2:CreateTags can set it), never the proof.</summary>
        public bool IsManaged { get; }

        public IPAddress? PublicIpv4 { get; }
        public IPAddress? Ipv6 { get; }

        /// <summary>Gone for ownership purposes: a name is freed once its owner is terminated (or no longer listed).</summary>
        public bool IsGone => State == "terminated" || State == "shutting-down";
    }
}
