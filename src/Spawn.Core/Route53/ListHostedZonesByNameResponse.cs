using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>One page of hosted zones in DNS-name order.</summary>
    public sealed class ListHostedZonesByNameResponse : AmazonWebServiceResponse
    {
        public IList<HostedZone> HostedZones { get; set; } = new List<HostedZone>();
        public bool IsTruncated { get; set; }
        public string? NextDnsName { get; set; }
        public string? NextHostedZoneId { get; set; }

        internal static ListHostedZonesByNameResponse Read(XElement root) => new ListHostedZonesByNameResponse
        {
            HostedZones = root.Items("HostedZones").Select(HostedZone.Read).ToList(),
            IsTruncated = root.Flag("IsTruncated"),
            NextDnsName = root.Text("NextDNSName"),
            NextHostedZoneId = root.Text("NextHostedZoneId"),
        };
    }
}
