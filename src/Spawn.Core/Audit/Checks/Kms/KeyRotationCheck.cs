using System.Collections.Generic;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Kms
{
    /// <summary>SPAWN-KMS-001: symmetric customer-managed keys rotate automatically.</summary>
    public sealed class KeyRotationCheck : KeyCheck
    {
        public override string Id => "SPAWN-KMS-001";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeVolumes, AuditApis.DescribeKey, AuditApis.GetKeyRotationStatus };

        protected override CheckResult Evaluate(KmsKeyInfo key, AuditResource resource)
        {
            if (key.RotationEnabled == null)
            {
                return CheckResult.NotApplicable(resource, key.IsCustomerManaged ? "Rotation does not apply to this key spec." : "AWS-managed keys rotate automatically.");
            }
            if (!key.RotationEnabled.Ok)
            {
                return CheckResult.Error(resource, key.RotationEnabled.Error!);
            }
            return key.RotationEnabled.Value
                ? CheckResult.Pass(resource, "Automatic rotation is on.")
                : CheckResult.Fail(resource, "Automatic rotation is off.", new Dictionary<string, string> { ["KeyRotationEnabled"] = "False" });
        }
    }
}
