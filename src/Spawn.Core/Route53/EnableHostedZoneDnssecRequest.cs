namespace Spawn.Route53
{
    /// <summary>Starts signing a zone; it needs an active key-signing key first.</summary>
    public sealed class EnableHostedZoneDnssecRequest : Route53Request
    {
        public string HostedZoneId { get; set; } = "";

        internal override string Method => "POST";
        internal override string PathTemplate => "hostedzone/{Id}/enable-dnssec";
        internal override string? PathId => HostedZoneId;
    }
}
