using System;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// Resolves the single global endpoint of Route 53 or IAM for the caller's partition, signed for the partition's
    /// home region (us-east-1 in the commercial partition). An endpoint override wins and is used as given.
    /// </summary>
    internal sealed class GlobalServiceEndpointProvider : IEndpointProvider
    {
        private readonly string _signingName;

        public GlobalServiceEndpointProvider(string signingName)
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
            string host;
            string signingRegion;
            if (region.StartsWith("cn-", StringComparison.Ordinal))
            {
                host = _signingName == "iam" ? "iam.cn-north-1.amazonaws.com.cn" : "route53.amazonaws.com.cn";
                signingRegion = _signingName == "iam" ? "cn-north-1" : "cn-northwest-1";
            }
            else if (region.StartsWith("us-gov-", StringComparison.Ordinal))
            {
                host = _signingName + ".us-gov.amazonaws.com";
                signingRegion = "us-gov-west-1";
            }
            else
            {
                host = _signingName + ".amazonaws.com";
                signingRegion = "us-east-1";
            }
            var authSchemes = "{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"" + _signingName
                + "\",\"signingRegion\":\"" + signingRegion + "\"}]}";
            return new Endpoint("https://" + host, authSchemes, null);
        }
    }
}
