using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Iam;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Iam
{
    /// <summary>Spawn's IAM client against moto, cross-checked with the AWS CLI on the same server.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class IamClientTests
    {
        private const string TrustPolicy =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

        // Characters that must survive form encoding and IAM's percent-encoding on the way back: + & = % space.
        private const string InlinePolicy =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::a+b&c=d%e f/*\"}]}";

        private readonly MotoServer _moto;

        public IamClientTests(MotoServer moto)
        {
            _moto = moto;
        }

        [Fact]
        public async Task RoleCreatedByTheClientIsReadByTheCli()
        {
            using var context = TestContext.For(_moto);
            var name = UniqueName("role");

            var created = await context.Iam.CreateRoleAsync(new CreateRoleRequest
            {
                RoleName = name,
                AssumeRolePolicyDocument = TrustPolicy,
                Description = "spawn test role",
                Tags = { new Tag("spawn:owner", "tests") },
            }, CancellationToken.None);

            var role = AwsCli.Json(_moto, "iam", "get-role", "--role-name", name).GetProperty("Role");
            Assert.Equal(created.Role.Arn, role.GetProperty("Arn").GetString());
            Assert.Equal("spawn test role", role.GetProperty("Description").GetString());
            Assert.Equal(JsonNormalized(TrustPolicy), JsonNormalized(role.GetProperty("AssumeRolePolicyDocument").GetRawText()));
            var tag = Assert.Single(role.GetProperty("Tags").EnumerateArray());
            Assert.Equal("spawn:owner", tag.GetProperty("Key").GetString());
            Assert.Equal("tests", tag.GetProperty("Value").GetString());
        }

        [Fact]
        public async Task InlinePolicyPutByTheClientIsReadBackByTheCliAndTheClient()
        {
            using var context = TestContext.For(_moto);
            var name = UniqueName("role");
            await context.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = name, AssumeRolePolicyDocument = TrustPolicy }, CancellationToken.None);

            await context.Iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = name, PolicyName = "inline", PolicyDocument = InlinePolicy },
                CancellationToken.None);

            var cli = AwsCli.Json(_moto, "iam", "get-role-policy", "--role-name", name, "--policy-name", "inline");
            Assert.Equal(JsonNormalized(InlinePolicy), JsonNormalized(cli.GetProperty("PolicyDocument").GetRawText()));
            var ours = await context.Iam.GetRolePolicyAsync(new GetRolePolicyRequest { RoleName = name, PolicyName = "inline" },
                CancellationToken.None);
            Assert.Equal(JsonNormalized(InlinePolicy), JsonNormalized(ours.PolicyDocument));

            await context.Iam.DeleteRolePolicyAsync(new DeleteRolePolicyRequest { RoleName = name, PolicyName = "inline" }, CancellationToken.None);
            var left = await context.Iam.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = name }, CancellationToken.None);
            Assert.Empty(left.PolicyNames);
        }

        [Fact]
        public async Task RoleCreatedByTheCliIsReadByTheClient()
        {
            var name = UniqueName("role");
            AwsCli.Run(_moto, "iam", "create-role", "--role-name", name, "--assume-role-policy-document", TrustPolicy, "--path", "/spawn/");
            using var context = TestContext.For(_moto);

            var response = await context.Iam.GetRoleAsync(new GetRoleRequest { RoleName = name }, CancellationToken.None);

            Assert.Equal(name, response.Role.RoleName);
            Assert.Equal("/spawn/", response.Role.Path);
            Assert.Equal($"arn:aws:iam::{MotoServer.AccountId}:role/spawn/{name}", response.Role.Arn);
            Assert.Equal(JsonNormalized(TrustPolicy), JsonNormalized(response.Role.AssumeRolePolicyDocument!));
            Assert.False(string.IsNullOrEmpty(response.ResponseMetadata.RequestId));
        }

        [Fact]
        public async Task CreatingARoleTwiceThrowsEntityAlreadyExists()
        {
            using var context = TestContext.For(_moto);
            var request = new CreateRoleRequest { RoleName = UniqueName("role"), AssumeRolePolicyDocument = TrustPolicy };
            await context.Iam.CreateRoleAsync(request, CancellationToken.None);

            var error = await Assert.ThrowsAsync<EntityAlreadyExistsException>(() => context.Iam.CreateRoleAsync(request, CancellationToken.None));

            Assert.Equal("EntityAlreadyExists", error.ErrorCode);
            Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        }

        [Fact]
        public async Task GettingAMissingRoleThrowsNoSuchEntity()
        {
            using var context = TestContext.For(_moto);
            var name = UniqueName("missing");

            var error = await Assert.ThrowsAsync<NoSuchEntityException>(
                () => context.Iam.GetRoleAsync(new GetRoleRequest { RoleName = name }, CancellationToken.None));

            Assert.Equal("NoSuchEntity", error.ErrorCode);
            Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
            Assert.Contains(name, error.Message);
            Assert.False(string.IsNullOrEmpty(error.RequestId));
        }

        [Fact]
        public async Task InstanceProfileRoundTripIsSeenByTheCli()
        {
            using var context = TestContext.For(_moto);
            var role = UniqueName("role");
            var profile = UniqueName("profile");
            await context.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = role, AssumeRolePolicyDocument = TrustPolicy }, CancellationToken.None);

            var created = await context.Iam.CreateInstanceProfileAsync(new CreateInstanceProfileRequest { InstanceProfileName = profile },
                CancellationToken.None);
            await context.Iam.AddRoleToInstanceProfileAsync(new AddRoleToInstanceProfileRequest { InstanceProfileName = profile, RoleName = role },
                CancellationToken.None);

            var cli = AwsCli.Json(_moto, "iam", "get-instance-profile", "--instance-profile-name", profile).GetProperty("InstanceProfile");
            Assert.Equal(created.InstanceProfile.Arn, cli.GetProperty("Arn").GetString());
            Assert.Equal(role, Assert.Single(cli.GetProperty("Roles").EnumerateArray()).GetProperty("RoleName").GetString());
            var ours = await context.Iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = profile }, CancellationToken.None);
            Assert.Equal(role, Assert.Single(ours.InstanceProfile.Roles).RoleName);

            await context.Iam.RemoveRoleFromInstanceProfileAsync(
                new RemoveRoleFromInstanceProfileRequest { InstanceProfileName = profile, RoleName = role }, CancellationToken.None);
            cli = AwsCli.Json(_moto, "iam", "get-instance-profile", "--instance-profile-name", profile).GetProperty("InstanceProfile");
            Assert.Equal(0, cli.GetProperty("Roles").GetArrayLength());

            await context.Iam.DeleteInstanceProfileAsync(new DeleteInstanceProfileRequest { InstanceProfileName = profile }, CancellationToken.None);
            await context.Iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = role }, CancellationToken.None);
            await Assert.ThrowsAsync<NoSuchEntityException>(() => context.Iam.GetInstanceProfileAsync(
                new GetInstanceProfileRequest { InstanceProfileName = profile }, CancellationToken.None));
            var missing = AwsCli.Json(_moto, "iam", "list-roles").GetProperty("Roles").EnumerateArray()
                .Where(r => r.GetProperty("RoleName").GetString() == role);
            Assert.Empty(missing);
        }

        /// <summary>
        /// moto 5.2.1 ignores MaxItems for ListRolePolicies and never truncates, so this checks the names against the
        /// CLI; <see cref="IamFakeEndpointTests.ListRolePoliciesFollowsTheMarker"/> checks the paging itself.
        /// </summary>
        [Fact]
        public async Task ListRolePoliciesReturnsEveryName()
        {
            using var context = TestContext.For(_moto);
            var role = UniqueName("role");
            await context.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = role, AssumeRolePolicyDocument = TrustPolicy }, CancellationToken.None);
            var expected = Enumerable.Range(0, 7).Select(i => $"policy{i:D2}").ToList();
            foreach (var policy in expected)
            {
                await context.Iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = role, PolicyName = policy, PolicyDocument = InlinePolicy },
                    CancellationToken.None);
            }

            var request = new ListRolePoliciesRequest { RoleName = role, MaxItems = 3 };
            var response = await context.Iam.ListRolePoliciesAsync(request, CancellationToken.None);

            Assert.Equal(expected, response.PolicyNames.OrderBy(n => n, StringComparer.Ordinal));
            var cli = AwsCli.Json(_moto, "iam", "list-role-policies", "--role-name", role).GetProperty("PolicyNames")
                .EnumerateArray().Select(n => n.GetString()).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(expected, cli);
        }

        // moto pages ListAttachedRolePolicies: four policies at MaxItems 3 take two pages.
        [Fact]
        public async Task ListAttachedRolePoliciesReadsEveryPage()
        {
            var role = UniqueName("role");
            AwsCli.Run(_moto, "iam", "create-role", "--role-name", role, "--assume-role-policy-document", TrustPolicy);
            var arns = Enumerable.Range(0, 4).Select(i =>
            {
                var arn = AwsCli.Json(_moto, "iam", "create-policy", "--policy-name", UniqueName("managed"), "--policy-document", InlinePolicy)
                    .GetProperty("Policy").GetProperty("Arn").GetString()!;
                AwsCli.Run(_moto, "iam", "attach-role-policy", "--role-name", role, "--policy-arn", arn);
                return arn;
            }).ToList();
            using var context = TestContext.For(_moto);

            var response = await context.Iam.ListAttachedRolePoliciesAsync(
                new ListAttachedRolePoliciesRequest { RoleName = role, MaxItems = 3 }, CancellationToken.None);

            Assert.Equal(arns.OrderBy(a => a, StringComparer.Ordinal), response.AttachedPolicies.Select(p => p.PolicyArn).OrderBy(a => a, StringComparer.Ordinal));
        }

        [Fact]
        public async Task TagRoleAddsTagsTheCliSees()
        {
            using var context = TestContext.For(_moto);
            var role = UniqueName("role");
            await context.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = role, AssumeRolePolicyDocument = TrustPolicy }, CancellationToken.None);

            await context.Iam.TagRoleAsync(new TagRoleRequest { RoleName = role, Tags = { new Tag("a", "1"), new Tag("b", "2 = two") } },
                CancellationToken.None);

            var tags = AwsCli.Json(_moto, "iam", "list-role-tags", "--role-name", role).GetProperty("Tags").EnumerateArray()
                .ToDictionary(t => t.GetProperty("Key").GetString()!, t => t.GetProperty("Value").GetString());
            Assert.Equal("1", tags["a"]);
            Assert.Equal("2 = two", tags["b"]);
        }

        private static string UniqueName(string prefix) => $"spawn-{prefix}-{Guid.NewGuid():N}".Substring(0, 40);

        private static string JsonNormalized(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(doc.RootElement);
        }
    }
}
