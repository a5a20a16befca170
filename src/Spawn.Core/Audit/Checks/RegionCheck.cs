using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks
{
    /// <summary>
    /// A check over region-level things (volumes, groups, subnets, keys, settings). A region whose needed data is
    /// missing yields one Error naming the failed action instead of results.
    /// </summary>
    public abstract class RegionCheck : IAuditCheck
    {
        public abstract string Id { get; }
        public abstract IReadOnlyList<AuditApi> Needs { get; }

        public IEnumerable<CheckResult> Evaluate(AuditInventory inventory)
        {
            foreach (var region in inventory.Regions)
            {
                var missing = Needs.Select(api => RegionData.ErrorFor(region, api)).FirstOrDefault(e => e != null);
                if (missing != null)
                {
                    yield return CheckResult.Error(ResourceRef.Scan(region), missing);
                    continue;
                }
                foreach (var result in Evaluate(inventory, region))
                {
                    yield return result;
                }
            }
        }

        protected abstract IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region);
    }
}
