using Spawn.Aws.Sdk;

namespace Spawn.Pricing
{
    /// <summary>
    /// The AWS Price List Query API (AWS JSON 1.1, API 2017-10-15), SigV4 service name "pricing". It answers for every
    /// region from a few endpoints only, so the client's region does not pick the endpoint (<see cref="PricingEndpointProvider"/>).
    /// </summary>
    public sealed class PricingConfig : SpawnServiceConfig
    {
        public PricingConfig()
            : base("Pricing", "pricing", "2017-10-15", new PricingEndpointProvider())
        {
        }
    }
}
