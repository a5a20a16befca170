namespace Spawn
{
    /// <summary>Spawn's session defaults as Get-SpawnDefault shows them; secrets appear only as "is set".</summary>
    public sealed class SpawnDefault
    {
        public string? Region { get; set; }
        public string? ProfileName { get; set; }
        public string? ProfileLocation { get; set; }
        public string? EndpointUrl { get; set; }
        public string? AccessKey { get; set; }
        public bool SecretKeySet { get; set; }
        public bool SessionTokenSet { get; set; }
    }
}
