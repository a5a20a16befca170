using System;

namespace Spawn
{
    /// <summary>Who and where Spawn's AWS calls go: output of Get-SpawnContext.</summary>
    public sealed class SpawnContext
    {
        public string AccountId { get; set; } = "";
        public string CallerArn { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Region { get; set; } = "";
        public string RegionSource { get; set; } = "";
        public string? EndpointUrl { get; set; }
        public string? EndpointSource { get; set; }
        public string CredentialSource { get; set; } = "";
        public string CorrelationId { get; set; } = "";

        public override string ToString() => $"{CallerArn} in {Region}";
    }
}
