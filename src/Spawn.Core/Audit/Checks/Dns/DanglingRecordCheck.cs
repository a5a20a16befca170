using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Dns
{
    /// <summary>SPAWN-DNS-001: every A/AAAA record in the namespace points at an address a managed instance holds.</summary>
    public sealed class DanglingRecordCheck : DnsCheck
    {
        public override string Id => "SPAWN-DNS-001";

        protected override CheckResult? Evaluate(AuditInventory inventory, SpawnRecords record, AuditResource resource)
        {
            if (record.Record.AliasTarget != null)
            {
                return CheckResult.NotApplicable(resource, "Alias records follow an AWS resource and cannot dangle to a reused address.");
            }
            if (inventory.ScopedToInstanceIds)
            {
                return CheckResult.NotApplicable(resource, "The audit was limited to given instances; dangling records need every managed instance.");
            }
            var values = record.Record.Values.Select(v => v.TrimEnd('.').ToLowerInvariant()).ToList();
            var evidence = new Dictionary<string, string> { ["Values"] = string.Join(", ", values) };
            if (record.Record.Type == "CNAME")
            {
                var names = new HashSet<string>(inventory.AllInstances.SelectMany(i => new[] { i.PublicDnsName, i.PrivateDnsName })
                    .Where(n => !string.IsNullOrEmpty(n)).Select(n => n!.ToLowerInvariant()));
                return values.All(names.Contains)
                    ? CheckResult.Pass(resource, "The CNAME names a managed instance.", evidence)
                    : CheckResult.Manual(resource, "The CNAME target is not a managed instance's DNS name; check who owns it.", evidence);
            }
            var held = new HashSet<string>(inventory.AllInstances.SelectMany(record.AddressesOf).Where(a => a.Length > 0));
            var dangling = values.Where(v => !held.Contains(v)).ToList();
            if (dangling.Count == 0)
            {
                return CheckResult.Pass(resource, "Every value is held by a managed instance.", evidence);
            }
            evidence["Dangling"] = string.Join(", ", dangling);
            return CheckResult.Fail(resource, $"{record.Name} points at {string.Join(", ", dangling)}, which no managed instance holds; whoever gets the address next receives its traffic.", evidence);
        }
    }
}
