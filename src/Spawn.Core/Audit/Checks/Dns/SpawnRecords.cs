using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Dns;
using Spawn.Route53;

namespace Spawn.Audit.Checks.Dns
{
    /// <summary>
    /// The records Spawn owns: names under the account's namespace, &lt;name&gt;.&lt;base36(account)&gt;.&lt;zone&gt;, in any
    /// hosted zone of the account. Records outside the namespace belong to someone else and are not judged.
    /// </summary>
    public sealed class SpawnRecords
    {
        public SpawnRecords(DnsZone zone, ResourceRecordSet record, string instanceName)
        {
            Zone = zone;
            Record = record;
            InstanceName = instanceName;
        }

        public DnsZone Zone { get; }
        public ResourceRecordSet Record { get; }

        /// <summary>The first label: the spawn:name of the instance it was registered for.</summary>
        public string InstanceName { get; }

        public string Name => Record.Name.TrimEnd('.').ToLowerInvariant();

        public AuditResource Resource(AuditInventory inventory) => ResourceRef.Record(inventory, Zone.Zone.Id.Split('/').Last(), Name, Record.Type);

        public static IEnumerable<SpawnRecords> In(AuditInventory inventory)
        {
            var label = AccountNamespace.Label(inventory.AccountId);
            foreach (var zone in inventory.Dns.Value)
            {
                var suffix = "." + label + "." + zone.Name;
                foreach (var record in zone.Records.Where(r => r.Type == "A" || r.Type == "AAAA" || r.Type == "CNAME"))
                {
                    var name = record.Name.TrimEnd('.').ToLowerInvariant();
                    if (name.EndsWith(suffix, System.StringComparison.Ordinal) && name.Length > suffix.Length)
                    {
                        var first = name.Substring(0, name.Length - suffix.Length);
                        if (first.IndexOf('.') < 0)
                        {
                            yield return new SpawnRecords(zone, record, first);
                        }
                    }
                }
            }
        }

        /// <summary>The addresses an instance holds that a record in this zone may point at.</summary>
        public IEnumerable<string> AddressesOf(Instance i)
        {
            if (Zone.Zone.PrivateZone)
            {
                yield return i.PrivateIpAddress ?? "";
            }
            else if (i.PublicIpAddress != null)
            {
                yield return i.PublicIpAddress;
            }
            foreach (var n in i.NetworkInterfaces ?? new List<InstanceNetworkInterface>())
            {
                if (!Zone.Zone.PrivateZone && n.Association?.PublicIp != null) yield return n.Association.PublicIp;
                foreach (var a in n.Ipv6Addresses ?? new List<InstanceIpv6Address>()) yield return a.Ipv6Address;
            }
        }
    }
}
