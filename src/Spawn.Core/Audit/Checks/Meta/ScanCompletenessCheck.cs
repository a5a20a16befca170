using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Meta
{
    /// <summary>SPAWN-META-001: one result per audited region (and one for global services): every call succeeded.</summary>
    public sealed class ScanCompletenessCheck : IAuditCheck
    {
        public const string Global = "global";

        public string Id => "SPAWN-META-001";
        public IReadOnlyList<AuditApi> Needs => new AuditApi[0];

        public IEnumerable<CheckResult> Evaluate(AuditInventory inventory)
        {
            foreach (var region in inventory.Regions)
            {
                yield return Verdict(ResourceRef.Scan(region), inventory.Errors.Where(e => e.Region == region.Region || e.Action == AuditApis.AssumeRole.IamAction).ToList());
            }
            yield return Verdict(new AuditResource
            {
                Arn = $"arn:{inventory.Partition}:spawn::{inventory.AccountId}:audit-scan", Id = inventory.AccountId + "/" + Global,
                Type = "Spawn::Audit::Scan", AccountId = inventory.AccountId, Region = Global,
            }, inventory.Errors.Where(e => e.Region == Global).ToList());
        }

        private static CheckResult Verdict(AuditResource resource, List<AuditCollectionError> errors)
        {
            if (errors.Count == 0)
            {
                return CheckResult.Pass(resource, "Every API call of the scan succeeded.");
            }
            var actions = errors.Select(e => e.Action).Distinct().ToList();
            return CheckResult.Fail(resource, $"{errors.Count} call(s) failed; the results that needed them are Error. Missing: {string.Join(", ", actions)}.",
                new Dictionary<string, string> { ["FailedActions"] = string.Join(", ", actions), ["ErrorIds"] = string.Join(", ", errors.Select(e => e.ErrorId).Distinct()) });
        }
    }
}
