using System;
using System.Collections.Generic;
using Spawn.Audit.Inventory;
using Spawn.Audit.Policies;

namespace Spawn.Audit.Checks.Iam
{
    /// <summary>SPAWN-IAM-004: the trust policy admits ec2.amazonaws.com only.</summary>
    public sealed class TrustPolicyCheck : RoleCheck
    {
        public override string Id => "SPAWN-IAM-004";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.GetInstanceProfile };

        protected override CheckResult Evaluate(InstanceRole role, RolePolicyAnalysis analysis, AuditResource resource)
        {
            var document = role.Role!.AssumeRolePolicyDocument;
            if (string.IsNullOrEmpty(document))
            {
                return CheckResult.Manual(resource, "GetInstanceProfile returned no trust policy for the role.");
            }
            IReadOnlyList<string> foreign;
            try
            {
                foreign = TrustPolicy.ForeignPrincipals(document!);
            }
            catch (FormatException e)
            {
                return CheckResult.Manual(resource, "The trust policy could not be read: " + e.Message);
            }
            return foreign.Count == 0
                ? CheckResult.Pass(resource, "Only ec2.amazonaws.com may assume the role.")
                : CheckResult.Fail(resource, "The role is also trusted by " + string.Join(", ", foreign) + ".",
                    new Dictionary<string, string> { ["ForeignPrincipals"] = string.Join(", ", foreign) });
        }
    }
}
