namespace Spawn.Aws
{
    /// <summary>
    /// One layer of AWS settings with the name of where it came from ("parameter", "Set-SpawnDefault",
    /// "$StoredAWSRegion"...). The resolver walks layers in order and takes each value from the first
    /// layer that has it, then falls back to the environment, the shared files and instance metadata.
    /// </summary>
    public sealed class AwsSettings
    {
        public AwsSettings(string source)
        {
            Source = source;
        }

        public string Source { get; }
        public string? Region { get; set; }
        public string? ProfileName { get; set; }
        public string? ProfileLocation { get; set; }
        public string? AccessKey { get; set; }
        public string? SecretKey { get; set; }
        public string? SessionToken { get; set; }
        public string? EndpointUrl { get; set; }

        public bool HasKeys => !string.IsNullOrEmpty(AccessKey) || !string.IsNullOrEmpty(SecretKey);

        public bool IsEmpty =>
            Region == null && ProfileName == null && ProfileLocation == null && !HasKeys
            && SessionToken == null && EndpointUrl == null;

        public override string ToString() => $"AwsSettings from {Source}";
    }
}
