using System.Collections.Generic;
using Amazon.EC2.Model;
using Spawn.Audit.Checks.Iam;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-006: an instance profile is attached and holds a role.</summary>
    public sealed class InstanceProfileCheck : InstanceCheck
    {
        public override string Id => "SPAWN-EC2-006";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances, AuditApis.GetInstanceProfile };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            var role = RoleLookup.For(inventory, instance);
            if (role == null)
            {
                return CheckResult.Fail(resource, "No IAM instance profile is attached.");
            }
            if (!role.Ok)
            {
                return CheckResult.Error(resource, role.Error!);
            }
            var evidence = new Dictionary<string, string> { ["InstanceProfile"] = role.Value.ProfileArn };
            if (role.Value.Profile == null)
            {
                return CheckResult.Fail(resource, "The attached instance profile no longer exists.", evidence);
            }
            if (role.Value.Role == null)
            {
                return CheckResult.Fail(resource, "The instance profile holds no role.", evidence);
            }
            evidence["Role"] = role.Value.Role.Arn;
            return CheckResult.Pass(resource, "Instance profile with role " + role.Value.Role.RoleName + ".", evidence);
        }
    }
}
