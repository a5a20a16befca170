using System.Collections.Generic;
using System.Globalization;

namespace Spawn.Route53
{
    /// <summary>Hosted zones in DNS-name order, starting at <see cref="DnsName"/> (one page).</summary>
    public sealed class ListHostedZonesByNameRequest : Route53Request
    {
        public string? DnsName { get; set; }

        /// <summary>With <see cref="DnsName"/>, where to start among zones of the same name (from NextHostedZoneId).</summary>
        public string? HostedZoneId { get; set; }

        public int? MaxItems { get; set; }

        internal override string Method => "GET";
        internal override string PathTemplate => "hostedzonesbyname";

        internal override void AddQuery(IDictionary<string, string> query)
        {
            if (DnsName != null)
            {
                query["dnsname"] = DnsName;
            }
            if (HostedZoneId != null)
            {
                query["hostedzoneid"] = Route53Wire.BareId(HostedZoneId);
            }
            if (MaxItems != null)
            {
                query["maxitems"] = MaxItems.Value.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
