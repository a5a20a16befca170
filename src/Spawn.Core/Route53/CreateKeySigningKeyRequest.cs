using System.Xml.Linq;

namespace Spawn.Route53
{
    /// <summary>Creates a key-signing key for a zone from an asymmetric ECC_NIST_P256 KMS key in us-east-1.</summary>
    public sealed class CreateKeySigningKeyRequest : Route53Request
    {
        /// <summary>Makes the call idempotent: a retry with the same reference does not create a second key.</summary>
        public string CallerReference { get; set; } = "";

        public string HostedZoneId { get; set; } = "";
        public string KeyManagementServiceArn { get; set; } = "";
        public string Name { get; set; } = "";

        /// <summary>ACTIVE or INACTIVE.</summary>
        public string Status { get; set; } = "ACTIVE";

        internal override string Method => "POST";
        internal override string PathTemplate => "keysigningkey";

        internal override XElement Body() => Route53Wire.Element("CreateKeySigningKeyRequest", new object[]
        {
            Route53Wire.Element("CallerReference", CallerReference),
            Route53Wire.Element("HostedZoneId", Route53Wire.BareId(HostedZoneId)),
            Route53Wire.Element("KeyManagementServiceArn", KeyManagementServiceArn),
            Route53Wire.Element("Name", Name),
            Route53Wire.Element("Status", Status),
        });
    }
}
