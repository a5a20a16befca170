using System.Collections.Generic;
using Spawn.Route53;

namespace Spawn.Audit.Inventory
{
    /// <summary>A hosted zone and its records.</summary>
    public sealed class DnsZone
    {
        public DnsZone(HostedZone zone, IReadOnlyList<ResourceRecordSet> records)
        {
            Zone = zone;
            Records = records;
        }

        public HostedZone Zone { get; }
        public IReadOnlyList<ResourceRecordSet> Records { get; }

        /// <summary>The zone name without the trailing dot, lowercase.</summary>
        public string Name => Zone.Name.TrimEnd('.').ToLowerInvariant();
    }
}
