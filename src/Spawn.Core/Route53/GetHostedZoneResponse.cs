using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>A hosted zone and the name servers of its delegation set (none for a private zone).</summary>
    public sealed class GetHostedZoneResponse : AmazonWebServiceResponse
    {
        public HostedZone HostedZone { get; set; } = new HostedZone();
        public IList<string> NameServers { get; set; } = new List<string>();

        internal static GetHostedZoneResponse Read(XElement root) => new GetHostedZoneResponse
        {
            HostedZone = HostedZone.Read(root.RequiredChild("HostedZone")),
            NameServers = ReadNameServers(root),
        };

        internal static List<string> ReadNameServers(XElement root) =>
            root.Child("DelegationSet")?.Items("NameServers").Select(n => n.Value).ToList() ?? new List<string>();
    }
}
