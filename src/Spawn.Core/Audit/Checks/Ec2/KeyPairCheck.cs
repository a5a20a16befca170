using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Instances;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-012: the key pair exists, has a modern type, is younger than 90 days and belongs to one owner.</summary>
    public sealed class KeyPairCheck : InstanceCheck
    {
        public const int MaxAgeDays = 90;

        public override string Id => "SPAWN-EC2-012";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.DescribeKeyPairs };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            if (string.IsNullOrEmpty(instance.KeyName))
            {
                return CheckResult.Pass(resource, "No EC2 key pair: access through SSM or EC2 Instance Connect.");
            }
            var evidence = new Dictionary<string, string> { ["KeyName"] = instance.KeyName };
            var key = region.KeyPairs.Value.FirstOrDefault(k => k.KeyName == instance.KeyName);
            if (key == null)
            {
                return CheckResult.Fail(resource, $"Key pair '{instance.KeyName}' no longer exists; nobody can prove who holds the private key.", evidence);
            }
            var type = key.KeyType?.Value ?? "rsa";
            evidence["KeyType"] = type;
            if (type != "ed25519" && type != "rsa")
            {
                return CheckResult.Fail(resource, $"Key pair type '{type}' is not ED25519 or RSA.", evidence);
            }
            if (key.CreateTime != null)
            {
                var age = (inventory.CollectedAt - new System.DateTimeOffset(key.CreateTime.Value.ToUniversalTime(), System.TimeSpan.Zero)).TotalDays;
                evidence["AgeDays"] = ((int)age).ToString(CultureInfo.InvariantCulture);
                if (age > MaxAgeDays)
                {
                    return CheckResult.Fail(resource, $"Key pair is {(int)age} days old (limit {MaxAgeDays}).", evidence)
                        .WithSeverity(AuditSeverity.Low, "key age");
                }
            }
            var owners = region.Instances.Value.Where(i => i.KeyName == instance.KeyName)
                .Select(i => ResourceRef.Tag(i.Tags, SpawnTags.Owner) ?? "(none)").Distinct().ToList();
            if (owners.Count > 1)
            {
                evidence["Owners"] = string.Join(", ", owners);
                return CheckResult.Fail(resource, $"Key pair is shared by instances of {owners.Count} owners.", evidence)
                    .WithSeverity(AuditSeverity.Low, "key sharing");
            }
            return CheckResult.Pass(resource, "Key pair exists, is " + type + ", recent and not shared.", evidence);
        }
    }
}
