namespace Spawn.Dns.Records
{
    /// <summary>A hosted zone as Spawn works with it: the bare id and the name without its trailing dot.</summary>
    public sealed class ResolvedZone
    {
        public ResolvedZone(string id, string name)
        {
            Id = id;
            Name = name;
        }

        /// <summary>The bare id ("Z0123..."), without "/hostedzone/".</summary>
        public string Id { get; }

        /// <summary>The zone's name in lowercase, without the trailing dot.</summary>
        public string Name { get; }
    }
}
