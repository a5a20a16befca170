using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;
using Spawn.Instances;

namespace Spawn.Audit.Checks.Dns
{
    /// <summary>SPAWN-DNS-002: the record named after an instance carries that instance's current address.</summary>
    public sealed class RecordDriftCheck : DnsCheck
    {
        public override string Id => "SPAWN-DNS-002";

        protected override CheckResult? Evaluate(AuditInventory inventory, SpawnRecords record, AuditResource resource)
        {
            if (record.Record.Type == "CNAME" || record.Record.AliasTarget != null)
            {
                return null;
            }
            var instance = inventory.AllInstances.FirstOrDefault(i =>
                string.Equals(ResourceRef.Tag(i.Tags, SpawnTags.Name), record.InstanceName, System.StringComparison.OrdinalIgnoreCase));
            if (instance == null)
            {
                return null; // no such instance: a dangling record, SPAWN-DNS-001's business
            }
            var family = record.Record.Type == "AAAA" ? ':' : '.';
            var current = record.AddressesOf(instance).Where(a => a.IndexOf(family) >= 0).Distinct().ToList();
            var values = record.Record.Values.ToList();
            var evidence = new Dictionary<string, string>
            {
                ["InstanceId"] = instance.InstanceId, ["RecordValues"] = string.Join(", ", values), ["CurrentAddresses"] = string.Join(", ", current),
            };
            return values.Count > 0 && values.All(current.Contains)
                ? CheckResult.Pass(resource, "The record matches the instance's current address.", evidence)
                : CheckResult.Fail(resource, $"{record.Name} says {string.Join(", ", values)} but {instance.InstanceId} now has {(current.Count == 0 ? "no address" : string.Join(", ", current))}.", evidence);
        }
    }
}
