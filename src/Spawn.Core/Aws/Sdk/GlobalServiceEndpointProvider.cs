using System;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// The single global endpoint of Route 53 or IAM for the caller's partition, signed for the partition's home
    /// region (us-east-1 in the commercial partition).
    /// </summary>
    internal sealed class GlobalServiceEndpointProvider : ServiceEndpointProvider
    {
        public GlobalServiceEndpointProvider(string signingName)
            : base(signingName)
        {
        }

        protected override (string Host, string SigningRegion) Locate(string region)
        {
            if (region.StartsWith("cn-", StringComparison.Ordinal))
            {
                return SigningName == "iam"
                    ? ("iam.cn-north-1.amazonaws.com.cn", "cn-north-1")
                    : ("route53.amazonaws.com.cn", "cn-northwest-1");
            }
            if (region.StartsWith("us-gov-", StringComparison.Ordinal))
            {
                return (SigningName + ".us-gov.amazonaws.com", "us-gov-west-1");
            }
            return (SigningName + ".amazonaws.com", "us-east-1");
        }
    }
}
