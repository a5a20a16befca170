using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Dns
{
    /// <summary>A check with one result per record in Spawn's namespace, judged against instances of every audited region.</summary>
    public abstract class DnsCheck : IAuditCheck
    {
        public abstract string Id { get; }
        public IReadOnlyList<AuditApi> Needs => new[] { AuditApis.ListHostedZones, AuditApis.ListResourceRecordSets, AuditApis.DescribeInstances };

        public IEnumerable<CheckResult> Evaluate(AuditInventory inventory)
        {
            var dnsResource = ResourceRef.Record(inventory, "*", "*", "*");
            if (!inventory.Dns.Ok)
            {
                yield return CheckResult.Error(dnsResource, inventory.Dns.Error!);
                yield break;
            }
            var instancesMissing = inventory.Regions.Select(r => r.Instances.Error).FirstOrDefault(e => e != null);
            foreach (var record in SpawnRecords.In(inventory))
            {
                var resource = record.Resource(inventory);
                if (instancesMissing != null)
                {
                    yield return CheckResult.Error(resource, instancesMissing);
                    continue;
                }
                var result = Evaluate(inventory, record, resource);
                if (result != null)
                {
                    result.Evidence["Regions"] = string.Join(", ", inventory.Regions.Select(r => r.Region));
                    yield return result;
                }
            }
        }

        /// <summary>Null when the check has nothing to say about the record.</summary>
        protected abstract CheckResult? Evaluate(AuditInventory inventory, SpawnRecords record, AuditResource resource);
    }
}
