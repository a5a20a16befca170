using System.Collections.Generic;
using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>The new zone, the change that creates it, and its name servers.</summary>
    public sealed class CreateHostedZoneResponse : AmazonWebServiceResponse
    {
        public HostedZone HostedZone { get; set; } = new HostedZone();
        public ChangeInfo ChangeInfo { get; set; } = new ChangeInfo();
        public IList<string> NameServers { get; set; } = new List<string>();

        internal static CreateHostedZoneResponse Read(XElement root) => new CreateHostedZoneResponse
        {
            HostedZone = HostedZone.Read(root.RequiredChild("HostedZone")),
            ChangeInfo = ChangeInfo.Read(root.RequiredChild("ChangeInfo")),
            NameServers = GetHostedZoneResponse.ReadNameServers(root),
        };
    }
}
