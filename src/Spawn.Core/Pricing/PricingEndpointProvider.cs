using System;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Pricing
{
    /// <summary>
    /// The Price List Query API lives in us-east-1 (also eu-central-1 and ap-south-1) for the commercial partition and in
    /// cn-northwest-1 for China; each answers for all of its partition's regions. Other partitions (GovCloud, ISO) have none.
    /// </summary>
    internal sealed class PricingEndpointProvider : ServiceEndpointProvider
    {
        public PricingEndpointProvider()
            : base("pricing")
        {
        }

        /// <summary>Whether a Pricing endpoint serves the partition of <paramref name="region"/>.</summary>
        public static bool ServesPartitionOf(string region) =>
            !region.StartsWith("us-gov-", StringComparison.Ordinal) && !region.StartsWith("us-iso", StringComparison.Ordinal);

        protected override (string Host, string SigningRegion) Locate(string region)
        {
            if (!ServesPartitionOf(region))
            {
                throw new AmazonClientException("The AWS Pricing API has no endpoint in the partition of " + region + ".");
            }
            return region.StartsWith("cn-", StringComparison.Ordinal)
                ? ("api.pricing.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1")
                : ("api.pricing.us-east-1.amazonaws.com", "us-east-1");
        }
    }
}
