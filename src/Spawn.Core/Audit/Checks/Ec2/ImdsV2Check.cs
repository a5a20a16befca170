using System.Collections.Generic;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-001: session tokens required, or the metadata endpoint off.</summary>
    public sealed class ImdsV2Check : InstanceCheck
    {
        public override string Id => "SPAWN-EC2-001";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            var m = instance.MetadataOptions;
            var evidence = new Dictionary<string, string>
            {
                ["HttpTokens"] = m?.HttpTokens?.Value ?? "unknown",
                ["HttpEndpoint"] = m?.HttpEndpoint?.Value ?? "unknown",
                ["State"] = m?.State?.Value ?? "unknown",
            };
            if (m == null)
            {
                return CheckResult.Manual(resource, "DescribeInstances returned no metadata options.", evidence);
            }
            if (m.State?.Value == "pending")
            {
                return CheckResult.Manual(resource, "A metadata-options change is pending; run the audit again once it is applied.", evidence);
            }
            if (m.HttpEndpoint?.Value == "disabled")
            {
                return CheckResult.Pass(resource, "The instance metadata service is disabled.", evidence);
            }
            return m.HttpTokens?.Value == "required"
                ? CheckResult.Pass(resource, "IMDSv2 session tokens are required.", evidence)
                : CheckResult.Fail(resource, "IMDSv1 is allowed: HttpTokens is '" + evidence["HttpTokens"] + "'.", evidence);
        }
    }
}
