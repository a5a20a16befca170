using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks
{
    /// <summary>
    /// A check with one result per in-scope instance. When the instance list itself is missing the region gets one
    /// Error; when another region-wide data set it needs is missing every instance gets an Error naming the action.
    /// </summary>
    public abstract class InstanceCheck : IAuditCheck
    {
        public abstract string Id { get; }
        public abstract IReadOnlyList<AuditApi> Needs { get; }

        public IEnumerable<CheckResult> Evaluate(AuditInventory inventory)
        {
            foreach (var region in inventory.Regions)
            {
                if (!region.Instances.Ok)
                {
                    yield return CheckResult.Error(ResourceRef.Scan(region), region.Instances.Error!);
                    continue;
                }
                var missing = Needs.Select(api => RegionData.ErrorFor(region, api)).FirstOrDefault(e => e != null);
                foreach (var instance in region.Instances.Value)
                {
                    var resource = ResourceRef.Instance(region, instance);
                    yield return missing != null ? CheckResult.Error(resource, missing) : Evaluate(inventory, region, instance, resource);
                }
            }
        }

        protected abstract CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource);
    }
}
