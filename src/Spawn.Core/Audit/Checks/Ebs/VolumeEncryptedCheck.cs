using System.Collections.Generic;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ebs
{
    /// <summary>SPAWN-EBS-001: every volume attached to a managed instance is encrypted.</summary>
    public sealed class VolumeEncryptedCheck : RegionCheck
    {
        public override string Id => "SPAWN-EBS-001";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.DescribeVolumes };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            foreach (var volume in AttachedVolumes.Of(region))
            {
                var evidence = new Dictionary<string, string> { ["Encrypted"] = (volume.Encrypted == true).ToString(), ["AttachedTo"] = AttachedVolumes.AttachedTo(volume) };
                var resource = ResourceRef.Volume(region, volume);
                yield return volume.Encrypted == true
                    ? CheckResult.Pass(resource, "The volume is encrypted.", evidence)
                    : CheckResult.Fail(resource, "The volume attached to " + evidence["AttachedTo"] + " is not encrypted.", evidence);
            }
        }
    }
}
