namespace Spawn.Aws.Sdk
{
    /// <summary>Settings of a global AWS service (Route 53, IAM): one endpoint per partition, signed for its home region.</summary>
    public abstract class GlobalServiceConfig : SpawnServiceConfig
    {
        protected GlobalServiceConfig(string serviceId, string signingName, string serviceVersion)
            : base(serviceId, signingName, serviceVersion, new GlobalServiceEndpointProvider(signingName))
        {
        }
    }
}
