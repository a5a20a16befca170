using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>A zone's DNSSEC signing status and key-signing keys.</summary>
    public sealed class GetDnssecResponse : AmazonWebServiceResponse
    {
        public DnssecStatus Status { get; set; } = new DnssecStatus();
        public IList<KeySigningKey> KeySigningKeys { get; set; } = new List<KeySigningKey>();

        internal static GetDnssecResponse Read(XElement root)
        {
            var status = root.Child("Status");
            return new GetDnssecResponse
            {
                Status = status == null ? new DnssecStatus() : DnssecStatus.Read(status),
                KeySigningKeys = root.Items("KeySigningKeys").Select(KeySigningKey.Read).ToList(),
            };
        }
    }
}
