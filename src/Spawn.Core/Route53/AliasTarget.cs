using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>The AWS resource an alias record points at.</summary>
    public sealed class AliasTarget
    {
        public string HostedZoneId { get; set; } = "";
        public string DnsName { get; set; } = "";
        public bool EvaluateTargetHealth { get; set; }

        internal static AliasTarget Read(XElement e) => new AliasTarget
        {
            HostedZoneId = e.RequiredText("HostedZoneId"),
            DnsName = e.RequiredText("DNSName"),
            EvaluateTargetHealth = e.Flag("EvaluateTargetHealth"),
        };

        internal XElement ToXml() => Route53Wire.Element("AliasTarget", new object[]
        {
            Route53Wire.Element("HostedZoneId", HostedZoneId),
            Route53Wire.Element("DNSName", DnsName),
            Route53Wire.Element("EvaluateTargetHealth", EvaluateTargetHealth ? "true" : "false"),
        });
    }
}
