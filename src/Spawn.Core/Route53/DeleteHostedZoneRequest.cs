namespace Spawn.Route53
{
    /// <summary>Deletes a zone; Route 53 refuses while it holds records other than its SOA and NS.</summary>
    public sealed class DeleteHostedZoneRequest : Route53Request
    {
        public string HostedZoneId { get; set; } = "";

        internal override string Method => "DELETE";
        internal override string PathTemplate => "hostedzone/{Id}";
        internal override string? PathId => HostedZoneId;
    }
}
