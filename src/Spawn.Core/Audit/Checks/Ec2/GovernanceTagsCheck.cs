using System;
using System.Collections.Generic;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Instances;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-013: owner, created and TTL tags present and well-formed, and the TTL not passed.</summary>
    public sealed class GovernanceTagsCheck : InstanceCheck
    {
        public override string Id => "SPAWN-EC2-013";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            var problems = new List<string>();
            var evidence = new Dictionary<string, string>();
            foreach (var tag in new[] { SpawnTags.Owner, SpawnTags.Created, SpawnTags.Ttl })
            {
                var value = ResourceRef.Tag(instance.Tags, tag);
                evidence[tag] = value ?? "(missing)";
                if (value == null)
                {
                    problems.Add(tag + " is missing");
                }
                else if (tag != SpawnTags.Owner && SpawnTags.ParseTime(value) == null)
                {
                    problems.Add($"{tag} '{value}' is not UTC ISO 8601 (yyyy-MM-ddTHH:mm:ssZ)");
                }
            }
            if (SpawnTags.ParseTime(ResourceRef.Tag(instance.Tags, SpawnTags.Ttl)) is DateTime ttl && new DateTimeOffset(ttl, TimeSpan.Zero) < inventory.CollectedAt)
            {
                var hours = (inventory.CollectedAt - ttl).TotalHours;
                problems.Insert(0, $"the TTL expired {hours:0} hour(s) ago and the instance is still {instance.State?.Name?.Value ?? "present"}");
            }
            return problems.Count == 0
                ? CheckResult.Pass(resource, "Governance tags are present and the instance is within its TTL.", evidence)
                : CheckResult.Fail(resource, string.Join("; ", problems) + ".", evidence);
        }
    }
}
