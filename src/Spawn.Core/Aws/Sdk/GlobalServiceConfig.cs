using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// SDK client settings shared by Spawn's own clients for global AWS services (Route 53, IAM) and, with a
    /// <see cref="RegionalServiceEndpointProvider"/>, regional ones (SNS). Subclassing <see cref="ClientConfig"/>
    /// lets the SDK's pipeline do retries, signing, timeouts and the endpoint override.
    /// </summary>
    public abstract class GlobalServiceConfig : ClientConfig
    {
        private readonly string _serviceVersion;
        private readonly string _signingName;

        protected GlobalServiceConfig(string serviceId, string signingName, string serviceVersion)
            : this(serviceId, signingName, serviceVersion, new GlobalServiceEndpointProvider(signingName))
        {
        }

        /// <summary>For a service whose endpoints follow another rule (a regional service).</summary>
        private protected GlobalServiceConfig(string serviceId, string signingName, string serviceVersion,
            IEndpointProvider endpointProvider)
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
            EndpointProvider.ResolveEndpoint(GlobalServiceEndpointResolver.ParametersFor(this));

        // The SDK looks the defaults mode (AWS_DEFAULTS_MODE) up in this list; every mode gets the standard values
        // because a global control-plane API has no in-region/cross-region distinction.
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
