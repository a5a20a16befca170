using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Spawn.Iam;
using Spawn.Route53;
using Xunit;

namespace Spawn.Tests.Aws
{
    /// <summary>Without an endpoint override, Route 53 and IAM go to their partition's global endpoint, signed for its home region.</summary>
    public sealed class GlobalServiceEndpointTests
    {
        [Theory]
        [InlineData("eu-west-1", "https://route53.amazonaws.com", "us-east-1")]
        [InlineData("us-gov-west-1", "https://route53.us-gov.amazonaws.com", "us-gov-west-1")]
        [InlineData("cn-north-1", "https://route53.amazonaws.com.cn", "cn-northwest-1")]
        public void Route53ResolvesToTheGlobalEndpoint(string region, string url, string signingRegion) =>
            AssertEndpoint(new Route53Config { RegionEndpoint = RegionEndpoint.GetBySystemName(region) }, url, "route53", signingRegion);

        [Theory]
        [InlineData("ap-southeast-2", "https://iam.amazonaws.com", "us-east-1")]
        [InlineData("cn-northwest-1", "https://iam.cn-north-1.amazonaws.com.cn", "cn-north-1")]
        public void IamResolvesToTheGlobalEndpoint(string region, string url, string signingRegion) =>
            AssertEndpoint(new IamConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region) }, url, "iam", signingRegion);

        [Fact]
        public void Route53AndIamUseAnEndpointOverrideAsGiven()
        {
            var endpoint = new Route53Config { ServiceURL = "http://127.0.0.1:5000", AuthenticationRegion = "us-east-1" }
                .DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new GetChangeRequest()));
            Assert.StartsWith("http://127.0.0.1:5000", endpoint.URL);
        }

        private static void AssertEndpoint(ClientConfig config, string url, string signingName, string signingRegion)
        {
            var endpoint = config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new GetChangeRequest()));
            Assert.Equal(url, endpoint.URL);
            var scheme = (PropertyBag)((System.Collections.IList)endpoint.Attributes["authSchemes"])[0]!;
            Assert.Equal("sigv4", scheme["name"]);
            Assert.Equal(signingName, scheme["signingName"]);
            Assert.Equal(signingRegion, scheme["signingRegion"]);
        }
    }
}
