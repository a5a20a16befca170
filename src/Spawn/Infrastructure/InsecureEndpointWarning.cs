using Spawn.Aws;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>The one wording of the warning for a plain-HTTP endpoint that is not this machine.</summary>
    internal static class InsecureEndpointWarning
    {
        internal static string For(EndpointUrl endpoint) =>
            $"The endpoint {endpoint} (from {endpoint.Source}) is plain HTTP to another host: requests and responses cross the network unencrypted.";
    }
}
