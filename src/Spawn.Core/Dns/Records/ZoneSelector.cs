namespace Spawn.Dns.Records
{
    /// <summary>How the caller named the hosted zone: by DNS name or by id (exactly one of the two).</summary>
    public sealed class ZoneSelector
    {
        private ZoneSelector(string? name, string? id)
        {
            Name = name;
            Id = id;
        }

        public string? Name { get; }
        public string? Id { get; }

        public static ZoneSelector ByName(string name) => new ZoneSelector(name, null);
        public static ZoneSelector ById(string id) => new ZoneSelector(null, id);

        public override string ToString() => Name ?? Id ?? "";
    }
}
