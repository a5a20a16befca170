using System;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// A regional service's endpoint, {service}.{region}.amazonaws.com (".com.cn" in China), signed for the client's
    /// own region — unlike a global service, whose signing region is fixed.
    /// </summary>
    internal sealed class RegionalServiceEndpointProvider : ServiceEndpointProvider
    {
        public RegionalServiceEndpointProvider(string signingName)
            : base(signingName)
        {
        }

        protected override (string Host, string SigningRegion) Locate(string region)
        {
            var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
            return (SigningName + "." + region + "." + suffix, region);
        }
    }
}
