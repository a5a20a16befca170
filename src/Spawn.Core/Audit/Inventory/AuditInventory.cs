using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;

namespace Spawn.Audit.Inventory
{
    /// <summary>One account's inventory: its regions plus the global data (IAM roles in use, Route 53).</summary>
    public sealed class AuditInventory
    {
        public AuditInventory(string accountId, string partition)
        {
            AccountId = accountId;
            Partition = partition;
        }

        public string AccountId { get; }
        public string Partition { get; }

        /// <summary>When the data was read: the "now" of time-based checks, so they stay pure functions of the inventory.</summary>
        public System.DateTimeOffset CollectedAt { get; set; } = System.DateTimeOffset.UtcNow;

        public List<RegionInventory> Regions { get; } = new List<RegionInventory>();

        /// <summary>Instance roles by instance-profile ARN.</summary>
        public IDictionary<string, Collected<InstanceRole>> Roles { get; } = new Dictionary<string, Collected<InstanceRole>>();
        public Collected<IReadOnlyList<DnsZone>> Dns { get; set; } =
            Collected<IReadOnlyList<DnsZone>>.Success(new List<DnsZone>());

        /// <summary>The scope was narrowed to given instance ids, so the account-wide DNS view is incomplete.</summary>
        public bool ScopedToInstanceIds { get; set; }

        /// <summary>Every failed call, for META-001 and the summary.</summary>
        public List<AuditCollectionError> Errors { get; } = new List<AuditCollectionError>();

        public IEnumerable<Instance> AllInstances =>
            Regions.Where(r => r.Instances.Ok).SelectMany(r => r.Instances.Value);
    }
}
