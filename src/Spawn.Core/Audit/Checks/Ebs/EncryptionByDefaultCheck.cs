using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ebs
{
    /// <summary>SPAWN-ACCT-001: EBS encryption by default in every audited region that hosts managed instances.</summary>
    public sealed class EncryptionByDefaultCheck : RegionCheck
    {
        public const string Setting = "ebs-encryption-by-default";

        public override string Id => "SPAWN-ACCT-001";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.GetEbsEncryptionByDefault };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            var resource = ResourceRef.Region(region, Setting);
            if (!region.Instances.Value.Any())
            {
                yield return CheckResult.NotApplicable(resource, "No managed instances in the region.");
                yield break;
            }
            var evidence = new Dictionary<string, string> { ["EbsEncryptionByDefault"] = region.EbsEncryptionByDefault.Value.ToString() };
            yield return region.EbsEncryptionByDefault.Value
                ? CheckResult.Pass(resource, "EBS encryption by default is on.", evidence)
                : CheckResult.Fail(resource, "EBS encryption by default is off in " + region.Region + ".", evidence);
        }
    }
}
