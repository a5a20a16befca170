using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// SDK client settings shared by Spawn's own clients. Subclassing <see cref="ClientConfig"/> lets the SDK's
    /// pipeline do retries, signing, timeouts and the endpoint override; the endpoint provider says whether the
    /// service has one global endpoint (<see cref="GlobalServiceConfig"/>) or one per region (<see cref="RegionalServiceConfig"/>).
    /// </summary>
    public abstract class SpawnServiceConfig : ClientConfig
    {
        private readonly string _serviceVersion;
        private readonly string _signingName;

        private protected SpawnServiceConfig(string serviceId, string signingName, string serviceVersion, IEndpointProvider endpointProvider)
            : base(new DefaultConfigurationProvider(DefaultModes()))
        {
            _serviceVersion = serviceVersion;
            _signingName = signingName;
            ServiceId = serviceId;
            AuthenticationServiceName = signingName;
            EndpointProvider = endpointProvider;
        }

        public override string RegionEndpointServiceName => _signingName;
        public override string ServiceVersion => _serviceVersion;
        public override string UserAgent => "spawn";

        /// <summary>The endpoint a request would go to, without sending it (the SDK's public endpoint preview).</summary>
        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) =>
            EndpointProvider.ResolveEndpoint(ServiceEndpointResolver.ParametersFor(this));

        // The SDK looks the defaults mode (AWS_DEFAULTS_MODE) up in this list; every mode gets the standard values:
        // Spawn's calls are few control-plane calls, where the in-region/cross-region tuning buys nothing.
        private static IEnumerable<IDefaultConfiguration> DefaultModes()
        {
            var modes = new[]
            {
                DefaultConfigurationMode.Standard, DefaultConfigurationMode.InRegion, DefaultConfigurationMode.CrossRegion,
                DefaultConfigurationMode.Mobile, DefaultConfigurationMode.Auto,
            };
            foreach (var mode in modes)
            {
                yield return new DefaultConfiguration { Name = mode, RetryMode = RequestRetryMode.Standard };
            }
        }
    }
}
