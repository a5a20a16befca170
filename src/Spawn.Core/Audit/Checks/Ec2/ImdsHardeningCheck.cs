using System.Collections.Generic;
using System.Globalization;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-002: hop limit 1, tags not in IMDS, IPv6 endpoint off.</summary>
    public sealed class ImdsHardeningCheck : InstanceCheck
    {
        public override string Id => "SPAWN-EC2-002";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            var m = instance.MetadataOptions;
            if (m == null)
            {
                return CheckResult.Manual(resource, "DescribeInstances returned no metadata options.");
            }
            if (m.HttpEndpoint?.Value == "disabled")
            {
                return CheckResult.NotApplicable(resource, "The instance metadata service is disabled.");
            }
            var evidence = new Dictionary<string, string>
            {
                ["HttpPutResponseHopLimit"] = m.HttpPutResponseHopLimit?.ToString(CultureInfo.InvariantCulture) ?? "unknown",
                ["InstanceMetadataTags"] = m.InstanceMetadataTags?.Value ?? "disabled",
                ["HttpProtocolIpv6"] = m.HttpProtocolIpv6?.Value ?? "disabled",
            };
            var problems = new List<string>();
            if (m.HttpPutResponseHopLimit == null || m.HttpPutResponseHopLimit > 1)
            {
                problems.Add("hop limit " + evidence["HttpPutResponseHopLimit"] + " (want 1)");
            }
            if (evidence["InstanceMetadataTags"] == "enabled")
            {
                problems.Add("instance tags exposed in IMDS");
            }
            if (evidence["HttpProtocolIpv6"] == "enabled")
            {
                problems.Add("IPv6 IMDS endpoint on");
            }
            return problems.Count == 0
                ? CheckResult.Pass(resource, "Hop limit 1, tags not exposed, IPv6 endpoint off.", evidence)
                : CheckResult.Fail(resource, "IMDS not hardened: " + string.Join("; ", problems) + ".", evidence);
        }
    }
}
