using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ebs
{
    /// <summary>The volumes attached to the region's in-scope instances.</summary>
    public static class AttachedVolumes
    {
        public static IEnumerable<Volume> Of(RegionInventory region)
        {
            var ids = new HashSet<string>(region.Instances.Value.Select(i => i.InstanceId));
            return region.Volumes.Value.Where(v => (v.Attachments ?? new List<VolumeAttachment>()).Any(a => ids.Contains(a.InstanceId)));
        }

        public static string AttachedTo(Volume v) => string.Join(", ", (v.Attachments ?? new List<VolumeAttachment>()).Select(a => a.InstanceId));
    }
}
