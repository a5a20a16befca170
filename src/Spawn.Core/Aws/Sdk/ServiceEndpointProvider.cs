using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// Resolves the endpoint of one of Spawn's own clients: an endpoint override wins and is used as given (the
    /// client's AuthenticationRegion then names the signing region); otherwise the subclass places the service for
    /// the client's region, and the endpoint carries the SigV4 signing name and region the pipeline signs with.
    /// </summary>
    internal abstract class ServiceEndpointProvider : IEndpointProvider
    {
        protected ServiceEndpointProvider(string signingName)
        {
            SigningName = signingName;
        }

        protected string SigningName { get; }

        public Endpoint ResolveEndpoint(EndpointParameters parameters)
        {
            if (parameters["Endpoint"] is string overridden && overridden.Length > 0)
            {
                return new Endpoint(overridden);
            }
            var region = parameters["Region"] as string
                ?? throw new AmazonClientException("A region is needed to resolve the " + SigningName + " endpoint.");
            var (host, signingRegion) = Locate(region);
            var authSchemes = "{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"" + SigningName
                + "\",\"signingRegion\":\"" + signingRegion + "\"}]}";
            return new Endpoint("https://" + host, authSchemes, null);
        }

        /// <summary>The host for a client in <paramref name="region"/>, and the region requests are signed for.</summary>
        protected abstract (string Host, string SigningRegion) Locate(string region);
    }
}
