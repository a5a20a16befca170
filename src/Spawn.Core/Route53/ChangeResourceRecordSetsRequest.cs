using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Spawn.Route53
{
    /// <summary>Applies a batch of record changes atomically: all succeed or Route 53 rejects the whole batch.</summary>
    public sealed class ChangeResourceRecordSetsRequest : Route53Request
    {
        public string HostedZoneId { get; set; } = "";
        public string? Comment { get; set; }
        public IList<Change> Changes { get; set; } = new List<Change>();

        internal override string Method => "POST";
        internal override string PathTemplate => "hostedzone/{Id}/rrset/";
        internal override string? PathId => HostedZoneId;

        internal override XElement Body() => Route53Wire.Element("ChangeResourceRecordSetsRequest",
            Route53Wire.Element("ChangeBatch", new object?[]
            {
                Comment == null ? null : Route53Wire.Element("Comment", Comment),
                Route53Wire.Element("Changes", Changes.Select(c => c.ToXml()).ToArray()),
            }));
    }
}
