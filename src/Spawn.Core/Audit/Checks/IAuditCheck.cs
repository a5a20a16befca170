using System.Collections.Generic;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks
{
    /// <summary>
    /// A check is a pure function of the inventory: it never calls AWS. Needs lists the APIs whose data it reads, for
    /// Get-SpawnAuditCheck and the Error results when one of them failed.
    /// </summary>
    public interface IAuditCheck
    {
        string Id { get; }
        IReadOnlyList<AuditApi> Needs { get; }
        IEnumerable<CheckResult> Evaluate(AuditInventory inventory);
    }
}
