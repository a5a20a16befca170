namespace Spawn.Route53
{
    /// <summary>Whether a zone is signed, and its key-signing keys.</summary>
    public sealed class GetDnssecRequest : Route53Request
    {
        public string HostedZoneId { get; set; } = "";

        internal override string Method => "GET";
        internal override string PathTemplate => "hostedzone/{Id}/dnssec";
        internal override string? PathId => HostedZoneId;
    }
}
