using System;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// Resolves a regional endpoint (https://&lt;prefix&gt;.&lt;region&gt;.amazonaws.com, .com.cn in China), signed for
    /// that region, for Spawn's own clients of regional services (SNS). An endpoint override wins and is used as given.
    /// </summary>
    internal sealed class RegionalServiceEndpointProvider : IEndpointProvider
    {
        private readonly string _endpointPrefix;
        private readonly string _signingName;

        public RegionalServiceEndpointProvider(string endpointPrefix, string signingName)
        {
            _endpointPrefix = endpointPrefix;
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
            return new Endpoint("https://" + _endpointPrefix + "." + region + "." + suffix, authSchemes, null);
        }
    }
}
