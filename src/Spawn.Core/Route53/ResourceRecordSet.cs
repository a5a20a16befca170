using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>A record set: name, type and either values with a TTL or an alias target.</summary>
    public sealed class ResourceRecordSet
    {
        public string Name { get; set; } = "";
        public string Type { get; set; } = "";

        /// <summary>Distinguishes records of a routing policy (weighted, latency...) that share a name and type.</summary>
        public string? SetIdentifier { get; set; }

        public long? Ttl { get; set; }
        public IList<string> Values { get; set; } = new List<string>();
        public AliasTarget? AliasTarget { get; set; }

        internal static ResourceRecordSet Read(XElement e)
        {
            var alias = e.Child("AliasTarget");
            return new ResourceRecordSet
            {
                Name = e.RequiredText("Name"),
                Type = e.RequiredText("Type"),
                SetIdentifier = e.Text("SetIdentifier"),
                Ttl = e.Number("TTL"),
                Values = e.Items("ResourceRecords").Select(r => r.Text("Value") ?? "").ToList(),
                AliasTarget = alias == null ? null : AliasTarget.Read(alias),
            };
        }

        // Element order follows the Route 53 schema, which the service validates.
        internal XElement ToXml() => Route53Wire.Element("ResourceRecordSet", new object?[]
        {
            Route53Wire.Element("Name", Name),
            Route53Wire.Element("Type", Type),
            SetIdentifier == null ? null : Route53Wire.Element("SetIdentifier", SetIdentifier),
            Ttl == null ? null : Route53Wire.Element("TTL", Ttl.Value.ToString(CultureInfo.InvariantCulture)),
            Values.Count == 0 ? null : Route53Wire.Element("ResourceRecords",
                Values.Select(v => Route53Wire.Element("ResourceRecord", Route53Wire.Element("Value", v))).ToArray()),
            AliasTarget?.ToXml(),
        });
    }
}
