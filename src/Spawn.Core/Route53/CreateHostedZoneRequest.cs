using System.Xml.Linq;

namespace Spawn.Route53
{
    /// <summary>Creates a public hosted zone.</summary>
    public sealed class CreateHostedZoneRequest : Route53Request
    {
        public string Name { get; set; } = "";

        /// <summary>Makes the call idempotent: a retry with the same reference does not create a second zone.</summary>
        public string CallerReference { get; set; } = "";

        public string? Comment { get; set; }

        internal override string Method => "POST";
        internal override string PathTemplate => "hostedzone";

        internal override XElement Body() => Route53Wire.Element("CreateHostedZoneRequest", new object?[]
        {
            Route53Wire.Element("Name", Name),
            Route53Wire.Element("CallerReference", CallerReference),
            Comment == null ? null : Route53Wire.Element("HostedZoneConfig", Route53Wire.Element("Comment", Comment)),
        });
    }
}
