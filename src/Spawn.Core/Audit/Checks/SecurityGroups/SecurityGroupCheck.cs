using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Audit.Network;

namespace Spawn.Audit.Checks.SecurityGroups
{
    /// <summary>A check with one result per security group attached to an in-scope instance.</summary>
    public abstract class SecurityGroupCheck : RegionCheck
    {
        public override IReadOnlyList<AuditApi> Needs => new[]
        {
            AuditApis.DescribeInstances, AuditApis.DescribeSecurityGroups, AuditApis.DescribeManagedPrefixLists, AuditApis.GetManagedPrefixListEntries,
        };

        protected override IEnumerable<CheckResult> Evaluate(AuditInventory inventory, RegionInventory region)
        {
            var view = new NetworkView(region);
            foreach (var group in GroupsInUse(region).Select(view.Group).Where(g => g != null))
            {
                yield return Evaluate(view, group!, ResourceRef.SecurityGroup(region, group!));
            }
        }

        protected abstract CheckResult Evaluate(NetworkView view, SecurityGroup group, AuditResource resource);

        public static IEnumerable<string> GroupsInUse(RegionInventory region) =>
            region.Instances.Value.SelectMany(i => (i.NetworkInterfaces ?? new List<InstanceNetworkInterface>())
                    .SelectMany(n => n.Groups ?? new List<GroupIdentifier>())
                    .Concat(i.SecurityGroups ?? new List<GroupIdentifier>()))
                .Select(g => g.GroupId).Distinct();

        /// <summary>
        /// Rules open to the whole internet (0.0.0.0/0, ::/0, or a prefix list containing either) that match the filter,
        /// each described for the evidence; an unreadable prefix list is returned as the error.
        /// </summary>
        protected static List<string> WorldOpen(NetworkView view, SecurityGroup group, System.Func<IngressRule, bool> filter, out AuditCollectionError? error)
        {
            error = null;
            var hits = new List<string>();
            foreach (var rule in IngressRule.Of(group).Where(filter))
            {
                if (rule.Cidr != null)
                {
                    if (rule.Cidr.IsAll)
                    {
                        hits.Add(rule.ToString());
                    }
                    continue;
                }
                var entries = view.PrefixList(rule.PrefixListId!, out var e);
                if (entries == null)
                {
                    error ??= e;
                    continue;
                }
                var all = entries.FirstOrDefault(c => c.IsAll);
                if (all != null)
                {
                    hits.Add(rule + " (contains " + all.Text + ")");
                }
            }
            return hits;
        }

        /// <summary>Fail listing the rules, Error when a prefix list was unreadable and nothing failed, else Pass.</summary>
        protected static CheckResult Verdict(AuditResource resource, List<string> hits, AuditCollectionError? error, string failReason, string passReason)
        {
            if (hits.Count > 0)
            {
                return CheckResult.Fail(resource, failReason + ": " + string.Join("; ", hits.Take(3)) + (hits.Count > 3 ? "; ..." : "") + ".",
                    new Dictionary<string, string> { ["Rules"] = string.Join("; ", hits) });
            }
            return error != null ? CheckResult.Error(resource, error) : CheckResult.Pass(resource, passReason);
        }
    }
}
