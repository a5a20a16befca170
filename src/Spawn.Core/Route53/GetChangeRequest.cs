namespace Spawn.Route53
{
    /// <summary>The status of a submitted change (PENDING or INSYNC).</summary>
    public sealed class GetChangeRequest : Route53Request
    {
        /// <summary>The change id, with or without the "/change/" prefix.</summary>
        public string Id { get; set; } = "";

        internal override string Method => "GET";
        internal override string PathTemplate => "change/{Id}";
        internal override string? PathId => Id;
    }
}
