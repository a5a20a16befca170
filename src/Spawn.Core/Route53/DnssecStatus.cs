using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>Whether a zone is DNSSEC-signed (ServeSignature SIGNING, NOT_SIGNING, DELETING...).</summary>
    public sealed class DnssecStatus
    {
        public string ServeSignature { get; set; } = "";
        public string? StatusMessage { get; set; }

        internal static DnssecStatus Read(XElement e) => new DnssecStatus
        {
            ServeSignature = e.Text("ServeSignature") ?? "",
            StatusMessage = e.Text("StatusMessage"),
        };
    }
}
