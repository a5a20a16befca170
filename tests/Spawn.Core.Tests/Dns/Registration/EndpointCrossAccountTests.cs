using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Spawn.Dns;
using Spawn.Dns.Registration;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>
    /// The endpoint registering an instance of another account: moto files an instance launched with credentials of
    /// an assumed arn:aws:iam::222222222222:role/... under 222222222222, and the endpoint, configured with a role name
    /// and external id, must assume that account's role to find it. STS calls go through a recording proxy, because
    /// moto accepts any AssumeRole and ignores ExternalId (it neither checks nor exposes it): the test can only prove
    /// what the endpoint sends, not that AWS would refuse a wrong external id.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class EndpointCrossAccountTests
    {
        private const string Foreign = "222222222222";
        private const string RoleName = "spawn-dns-lookup";
        private const string ExternalId = "spawn-ext-4711";
        private readonly MotoServer _moto;

        public EndpointCrossAccountTests(MotoServer moto) => _moto = moto;

        /// <summary>A managed instance in the foreign account (us-east-1, the region the test CA is pinned for).</summary>
        private (string Id, string Ip) LaunchInForeignAccount()
        {
            var creds = AwsCli.AssumeRole(_moto, $"arn:aws:iam::{Foreign}:role/seeder");
            var id = AwsCli.JsonAs(_moto, creds, "ec2", "run-instances", "--region", MotoServer.Region, "--image-id", "ami-12c6146b",
                    "--instance-type", "t3.micro", "--tag-specifications", "ResourceType=instance,Tags=[{Key=spawn:managed,Value=true}]")
                .GetProperty("Instances")[0].GetProperty("InstanceId").GetString()!;
            var instance = AwsCli.JsonAs(_moto, creds, "ec2", "describe-instances", "--region", MotoServer.Region, "--instance-ids", id)
                .GetProperty("Reservations")[0];
            Assert.Equal(Foreign, instance.GetProperty("OwnerId").GetString());
            return (id, instance.GetProperty("Instances")[0].GetProperty("PublicIpAddress").GetString()!);
        }

        [Fact]
        public async Task InstanceOfAnotherAccountRegistersThroughTheConfiguredRoleWithItsExternalId()
        {
            var (id, ip) = LaunchInForeignAccount();
            using var sts = new DenyingProxy(_moto.Endpoint, "NothingIsDenied");
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string>
            {
                ["SPAWN_ACCOUNT_ROLE_NAME"] = RoleName,
                ["SPAWN_ACCOUNT_ROLE_EXTERNAL_ID"] = ExternalId,
                ["AWS_ENDPOINT_URL_STS"] = sts.Endpoint,
                ["AWS_ENDPOINT_URL_EC2"] = sts.Endpoint, // also recorded, to show the proxy sees the lookup the other test must not make
            });

            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id, accountId: Foreign), "web"), ip);
            Assert.Equal(200, response.Status);

            var fqdn = $"web.{AccountNamespace.Label(Foreign)}.{endpoint.Domain}";
            Assert.Equal(ip, endpoint.Record(fqdn)!.Value.GetProperty("ResourceRecords")[0].GetProperty("Value").GetString());
            Assert.Null(endpoint.Record(endpoint.Fqdn("web"))); // not under the endpoint's own account label

            var assume = Assert.Single(sts.Bodies, b => b.Contains("Action=AssumeRole"));
            Assert.Contains("RoleArn=" + System.Uri.EscapeDataString($"arn:aws:iam::{Foreign}:role/{RoleName}"), assume);
            Assert.Contains("ExternalId=" + ExternalId, assume);
            Assert.Contains(sts.Bodies, b => b.Contains("Action=DescribeInstances") && b.Contains(id));
        }

        [Fact]
        public async Task WithoutARoleTheSameInstanceIsRefusedBeforeEc2()
        {
            var (id, ip) = LaunchInForeignAccount();
            using var ec2 = new DenyingProxy(_moto.Endpoint, "NothingIsDenied");
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string> { ["AWS_ENDPOINT_URL_EC2"] = ec2.Endpoint });

            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id, accountId: Foreign), "web"), ip);
            Assert.Equal(403, response.Status);
            Assert.Equal("InstanceNotFound", EndpointHarness.Error(response));
            Assert.Equal("ForeignAccountWithoutRole", endpoint.LastLog().GetProperty("detail").GetString());
            Assert.DoesNotContain(ec2.Bodies, b => b.Contains("Action=DescribeInstances"));
            Assert.Null(endpoint.Record($"web.{AccountNamespace.Label(Foreign)}.{endpoint.Domain}"));
        }

        [Theory]
        [InlineData("us-east-1", "arn:aws:iam::222222222222:role/lookup")]
        [InlineData("eu-west-3", "arn:aws:iam::222222222222:role/lookup")]
        [InlineData("cn-north-1", "arn:aws-cn:iam::222222222222:role/lookup")]
        [InlineData("cn-northwest-1", "arn:aws-cn:iam::222222222222:role/lookup")]
        [InlineData("us-gov-west-1", "arn:aws-us-gov:iam::222222222222:role/lookup")]
        [InlineData("us-gov-east-1", "arn:aws-us-gov:iam::222222222222:role/lookup")]
        public void TheRoleArnIsInTheDocumentRegionsPartition(string region, string expected) =>
            Assert.Equal(expected, AccountAccess.RoleArn("222222222222", region, "lookup"));
    }
}
