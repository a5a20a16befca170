using System.Collections.Generic;
using System.Globalization;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Kms
{
    /// <summary>SPAWN-KMS-002: keys under managed volumes are Enabled; Critical when deletion is pending.</summary>
    public sealed class KeyStateCheck : KeyCheck
    {
        public override string Id => "SPAWN-KMS-002";

        protected override CheckResult Evaluate(KmsKeyInfo key, AuditResource resource)
        {
            var state = key.Metadata.KeyState?.Value ?? "unknown";
            var evidence = new Dictionary<string, string> { ["KeyState"] = state };
            if (key.Metadata.DeletionDate != null)
            {
                evidence["DeletionDate"] = key.Metadata.DeletionDate.Value.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture);
            }
            if (state == "Enabled")
            {
                return CheckResult.Pass(resource, "The key is enabled.", evidence);
            }
            var result = CheckResult.Fail(resource, $"The key is {state}; volumes encrypted with it cannot be attached or restored.", evidence);
            return state == "PendingDeletion" ? result.WithSeverity(AuditSeverity.Critical, "deletion is pending under in-use volumes") : result;
        }
    }
}
