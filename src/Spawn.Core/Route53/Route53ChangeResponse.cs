using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>
    /// The answer of the operations whose only result is a change to wait on (ChangeResourceRecordSets, GetChange,
    /// EnableHostedZoneDNSSEC, DeleteHostedZone).
    /// </summary>
    public sealed class Route53ChangeResponse : AmazonWebServiceResponse
    {
        public ChangeInfo ChangeInfo { get; set; } = new ChangeInfo();

        internal static Route53ChangeResponse Read(XElement root) => new Route53ChangeResponse
        {
            ChangeInfo = ChangeInfo.Read(root.RequiredChild("ChangeInfo")),
        };
    }
}
