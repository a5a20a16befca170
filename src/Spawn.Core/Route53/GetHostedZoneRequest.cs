namespace Spawn.Route53
{
    /// <summary>One hosted zone with its name servers.</summary>
    public sealed class GetHostedZoneRequest : Route53Request
    {
        public string HostedZoneId { get; set; } = "";

        internal override string Method => "GET";
        internal override string PathTemplate => "hostedzone/{Id}";
        internal override string? PathId => HostedZoneId;
    }
}
