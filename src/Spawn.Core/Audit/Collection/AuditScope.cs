using System.Collections.Generic;

namespace Spawn.Audit.Collection
{
    /// <summary>What to collect: regions, and either Spawn-managed instances (tag filter) or the given instance ids.</summary>
    public sealed class AuditScope
    {
        public AuditScope(IReadOnlyList<string> regions, IReadOnlyList<string> instanceIds)
        {
            Regions = regions;
            InstanceIds = instanceIds;
        }

        public IReadOnlyList<string> Regions { get; }
        public IReadOnlyList<string> InstanceIds { get; }
        public bool ByInstanceId => InstanceIds.Count > 0;
    }
}
