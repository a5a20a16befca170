using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;
using Spawn.Audit.Network;

namespace Spawn.Audit.Checks.SecurityGroups
{
    /// <summary>SPAWN-SG-006: prefix lists referenced by groups in use hold no internet-wide ranges and have a trusted owner.</summary>
    public sealed class PrefixListCheck : RegionCheck
    {
        public override string Id => "SPAWN-SG-006";
        public override IReadOnlyList<AuditApi> Needs => new[]
        {
            AuditApis.DescribeInstances, AuditApis.DescribeSecurityGroups, AuditApis.DescribeManagedPrefixLists, AuditApis.GetManagedPrefixListEntries,
        };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            var view = new NetworkView(region);
            var ids = SecurityGroupCheck.GroupsInUse(region).Select(view.Group).Where(g => g != null)
                .SelectMany(g => IngressRule.Of(g!)).Select(r => r.PrefixListId).Where(id => id != null).Distinct();
            foreach (var id in ids)
            {
                var resource = ResourceRef.PrefixList(region, id!);
                var list = region.PrefixLists.Value.FirstOrDefault(p => p.PrefixListId == id);
                if (list != null && (list.PrefixListName ?? "").StartsWith("com.amazonaws.", System.StringComparison.Ordinal))
                {
                    yield return CheckResult.Pass(resource, "AWS-managed prefix list " + list.PrefixListName + ".");
                    continue;
                }
                var entries = view.PrefixList(id!, out var error);
                if (entries == null)
                {
                    yield return CheckResult.Error(resource, error!);
                    continue;
                }
                var problems = new List<string>();
                if (list != null && list.OwnerId != region.AccountId)
                {
                    problems.Add("owned by account " + list.OwnerId);
                }
                problems.AddRange(entries.Where(c => c.IsAll || c.PrefixLength < (c.Family == AddressFamily.IPv4 ? BroadCidrCheck.MaxIpv4Prefix : BroadCidrCheck.MaxIpv6Prefix)
                        && !AddressSet.Of(c).Intersect(InternetSpace.For(c.Family)).IsEmpty)
                    .Select(c => "contains " + c.Text));
                var evidence = new Dictionary<string, string> { ["Entries"] = string.Join(", ", entries.Select(c => c.Text)) };
                yield return problems.Count == 0
                    ? CheckResult.Pass(resource, "Entries are specific and the list is the account's own.", evidence)
                    : CheckResult.Fail(resource, "Prefix list " + string.Join("; ", problems) + ".", evidence);
            }
        }
    }
}
