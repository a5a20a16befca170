using System;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// Resolves a regional service's endpoint, https://{service}.{region}.amazonaws.com (".com.cn" in China), signed
    /// for the client's own region — unlike a global service, whose signing region is fixed. An endpoint override
    /// wins and is used as given (the client's AuthenticationRegion then names the signing region).
    /// </summary>
    internal sealed class RegionalServiceEndpointProvider : IEndpointProvider
    {
        private readonly string _signingName;

        public RegionalServiceEndpointProvider(string signingName)
        {
            _signingName = signingName;
        }

        public Endpoint ResolveEndpoint(EndpointParameters parameters)
        {
            if (parameters["Endpoint"] is string overridden && overridden.Length > 0)
            {
                return new Endpoint(overridden);
            }
            var region = parameters["Region"] as string
                ?? throw new AmazonClientException("A region is needed to resolve the " + _signingName + " endpoint.");
            var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
            var authSchemes = "{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"" + _signingName
                + "\",\"signingRegion\":\"" + region + "\"}]}";
            return new Endpoint("https://" + _signingName + "." + region + "." + suffix, authSchemes, null);
        }
    }
}
