using Spawn.Iam;
using System;
using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;
using Spawn.Audit.Policies;

namespace Spawn.Audit.Checks.Kms
{
    /// <summary>SPAWN-KMS-003: the key policy grants nothing to everyone or to other accounts.</summary>
    public sealed class KeyPolicyCheck : KeyCheck
    {
        public override string Id => "SPAWN-KMS-003";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeVolumes, AuditApis.DescribeKey, AuditApis.GetKeyPolicy };

        protected override CheckResult Evaluate(KmsKeyInfo key, AuditResource resource)
        {
            if (key.Policy == null)
            {
                return CheckResult.NotApplicable(resource, "AWS-managed keys have AWS-owned policies.");
            }
            if (!key.Policy.Ok)
            {
                return CheckResult.Error(resource, key.Policy.Error!);
            }
            IReadOnlyList<PolicyStatement> statements;
            try
            {
                statements = PolicyStatement.Parse(key.Policy.Value);
            }
            catch (FormatException e)
            {
                return CheckResult.Manual(resource, "The key policy could not be read: " + e.Message);
            }
            var account = key.Metadata.AWSAccountId;
            var allows = statements.Where(s => s.Allow).ToList();
            var publicGrants = allows.Where(s => !s.HasCondition && s.Principals.Any(p => p.Value.Contains("*"))).Select((s, i) => s.Label("key policy", i)).ToList();
            if (publicGrants.Count > 0)
            {
                return CheckResult.Fail(resource, "The key policy allows everyone (Principal *) without a condition.",
                    new Dictionary<string, string> { ["Statements"] = string.Join(", ", publicGrants) })
                    .WithSeverity(AuditSeverity.Critical, "public key policy");
            }
            var external = allows.SelectMany(s => s.Principals.TryGetValue("AWS", out var aws) ? aws : Array.Empty<string>())
                .Where(p => p != "*" && !p.Contains(":" + account + ":") && p != account).Distinct().ToList();
            return external.Count == 0
                ? CheckResult.Pass(resource, "Only the key's own account is granted access.")
                : CheckResult.Fail(resource, "The key policy grants other accounts: " + string.Join(", ", external) + ".",
                    new Dictionary<string, string> { ["ExternalPrincipals"] = string.Join(", ", external) });
        }
    }
}
