using System.Collections.Generic;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ebs
{
    /// <summary>SPAWN-EBS-002: encrypted volumes use a customer-managed key (KeyManager=CUSTOMER).</summary>
    public sealed class VolumeCustomerKeyCheck : RegionCheck
    {
        public override string Id => "SPAWN-EBS-002";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.DescribeVolumes, AuditApis.DescribeKey };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            foreach (var volume in AttachedVolumes.Of(region))
            {
                var resource = ResourceRef.Volume(region, volume);
                if (volume.Encrypted != true || volume.KmsKeyId == null)
                {
                    yield return CheckResult.NotApplicable(resource, "The volume is not encrypted (see SPAWN-EBS-001).");
                    continue;
                }
                var evidence = new Dictionary<string, string> { ["KmsKeyId"] = volume.KmsKeyId };
                if (!region.KmsKeys.TryGetValue(volume.KmsKeyId, out var key) || !key.Ok)
                {
                    yield return CheckResult.Error(resource, key?.Error ?? new AuditCollectionError { Action = AuditApis.DescribeKey.IamAction, ErrorId = "AuditNotCollected", Message = "The key was not described.", Resource = volume.KmsKeyId });
                    continue;
                }
                evidence["KeyManager"] = key.Value.Metadata.KeyManager?.Value ?? "unknown";
                yield return key.Value.IsCustomerManaged
                    ? CheckResult.Pass(resource, "Encrypted with a customer-managed key.", evidence)
                    : CheckResult.Fail(resource, "Encrypted with the AWS-managed key, whose policy and rotation you do not control.", evidence);
            }
        }
    }
}
