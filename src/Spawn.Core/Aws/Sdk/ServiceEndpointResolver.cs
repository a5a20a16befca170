using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace Spawn.Aws.Sdk
{
    /// <summary>Feeds the client's region and endpoint override to its endpoint provider (global or regional).</summary>
    internal sealed class ServiceEndpointResolver : BaseEndpointResolver
    {
        protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext) =>
            ParametersFor(requestContext.ClientConfig);

        internal static EndpointParameters ParametersFor(IClientConfig config)
        {
            var parameters = new EndpointParameters();
            parameters["Region"] = config.RegionEndpoint?.SystemName ?? config.AuthenticationRegion;
            parameters["Endpoint"] = config.ServiceURL;
            return parameters;
        }
    }
}
