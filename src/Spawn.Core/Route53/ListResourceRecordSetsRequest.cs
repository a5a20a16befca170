using System.Collections.Generic;
using System.Globalization;

namespace Spawn.Route53
{
    /// <summary>
    /// One page of a zone's record sets, in the order Route 53 keeps them (name, then type). To read every page use
    /// <see cref="Route53Client.ListAllResourceRecordSetsAsync"/>.
    /// </summary>
    public sealed class ListResourceRecordSetsRequest : Route53Request
    {
        public string HostedZoneId { get; set; } = "";
        public string? StartRecordName { get; set; }
        public string? StartRecordType { get; set; }
        public string? StartRecordIdentifier { get; set; }

        /// <summary>Page size; Route 53 caps it at 300 (also the default).</summary>
        public int? MaxItems { get; set; }

        internal override string Method => "GET";
        internal override string PathTemplate => "hostedzone/{Id}/rrset";
        internal override string? PathId => HostedZoneId;

        internal override void AddQuery(IDictionary<string, string> query)
        {
            if (StartRecordName != null)
            {
                query["name"] = StartRecordName;
            }
            if (StartRecordType != null)
            {
                query["type"] = StartRecordType;
            }
            if (StartRecordIdentifier != null)
            {
                query["identifier"] = StartRecordIdentifier;
            }
            if (MaxItems != null)
            {
                query["maxitems"] = MaxItems.Value.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
