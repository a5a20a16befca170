using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ebs
{
    /// <summary>SPAWN-EBS-005: no managed volume left unattached for more than 7 days.</summary>
    public sealed class LeftoverVolumeCheck : RegionCheck
    {
        public const int MaxUnattachedDays = 7;

        public override string Id => "SPAWN-EBS-005";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeVolumes };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            foreach (var volume in region.Volumes.Value.Where(v => ResourceRef.IsManaged(v.Tags) && v.State?.Value == "available"))
            {
                var resource = ResourceRef.Volume(region, volume);
                var created = volume.CreateTime == null ? inventory.CollectedAt : new DateTimeOffset(volume.CreateTime.Value.ToUniversalTime(), TimeSpan.Zero);
                var days = (inventory.CollectedAt - created).TotalDays;
                var evidence = new Dictionary<string, string> { ["State"] = "available", ["AgeDays"] = ((int)days).ToString(CultureInfo.InvariantCulture) };
                yield return days > MaxUnattachedDays
                    ? CheckResult.Fail(resource, $"Managed volume unattached and {(int)days} days old; it keeps its instance's data.", evidence)
                    : CheckResult.Pass(resource, $"Unattached for at most {(int)days} days.", evidence);
            }
        }
    }
}
