using System.Threading;
using System.Threading.Tasks;
using Spawn.Iam;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Iam
{
    /// <summary>
    /// moto 5.2.1 never truncates ListRolePolicies, so the Marker/IsTruncated loop is checked against a local fake
    /// endpoint that answers two pages and records what the client sent.
    /// </summary>
    public sealed class IamFakeEndpointTests
    {
        [Fact]
        public async Task ListRolePoliciesFollowsTheMarker()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(200, @"<ListRolePoliciesResponse xmlns=""https://iam.amazonaws.com/doc/2010-05-08/"">
  <ListRolePoliciesResult><PolicyNames><member>p1</member><member>p2</member></PolicyNames>
    <IsTruncated>true</IsTruncated><Marker>page+2/=</Marker></ListRolePoliciesResult>
  <ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>
</ListRolePoliciesResponse>");
            fake.Answer(200, @"<ListRolePoliciesResponse xmlns=""https://iam.amazonaws.com/doc/2010-05-08/"">
  <ListRolePoliciesResult><PolicyNames><member>p3</member></PolicyNames><IsTruncated>false</IsTruncated></ListRolePoliciesResult>
  <ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata>
</ListRolePoliciesResponse>");
            using var context = fake.Context();
            var request = new ListRolePoliciesRequest { RoleName = "r", MaxItems = 2 };

            var response = await context.Iam.ListRolePoliciesAsync(request, CancellationToken.None);

            Assert.Equal(new[] { "p1", "p2", "p3" }, response.PolicyNames);
            Assert.Equal(2, fake.Requests.Count);
            Assert.DoesNotContain("Marker=", fake.Requests[0].Body);
            Assert.Contains("MaxItems=2", fake.Requests[0].Body);
            Assert.Contains("Marker=page%2B2%2F%3D", fake.Requests[1].Body);
            Assert.Contains("MaxItems=2", fake.Requests[1].Body);
            Assert.Null(request.Marker);
        }
    }
}
