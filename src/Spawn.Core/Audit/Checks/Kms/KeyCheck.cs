using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Kms
{
    /// <summary>A check with one result per KMS key used by audited volumes.</summary>
    public abstract class KeyCheck : RegionCheck
    {
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.DescribeVolumes, AuditApis.DescribeKey };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            foreach (var entry in region.KmsKeys.OrderBy(k => k.Key, System.StringComparer.Ordinal))
            {
                if (!entry.Value.Ok)
                {
                    yield return CheckResult.Error(ResourceRef.Key(region, entry.Key, entry.Key.Split('/').Last()), entry.Value.Error!);
                    continue;
                }
                var key = entry.Value.Value;
                yield return Evaluate(key, ResourceRef.Key(region, key.Metadata.Arn, key.Metadata.KeyId));
            }
        }

        protected abstract CheckResult Evaluate(KmsKeyInfo key, AuditResource resource);
    }
}
