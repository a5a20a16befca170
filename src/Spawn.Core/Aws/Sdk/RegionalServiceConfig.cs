namespace Spawn.Aws.Sdk
{
    /// <summary>Settings of a regional AWS service (CloudWatch Logs, SNS): one endpoint per region, signed for that region.</summary>
    public abstract class RegionalServiceConfig : SpawnServiceConfig
    {
        protected RegionalServiceConfig(string serviceId, string signingName, string serviceVersion)
            : base(serviceId, signingName, serviceVersion, new RegionalServiceEndpointProvider(signingName))
        {
        }
    }
}
