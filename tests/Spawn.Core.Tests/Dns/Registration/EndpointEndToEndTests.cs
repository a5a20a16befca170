using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Spawn.Dns.Registration;
using Spawn.Tests.Identity;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>The endpoint as configured from the environment, against moto's EC2 and Route 53, records read back with the AWS CLI.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class EndpointEndToEndTests
    {
        private readonly MotoServer _moto;

        public EndpointEndToEndTests(MotoServer moto) => _moto = moto;

        [Fact]
        public async Task UpsertWritesThePublicAddressAndDeleteRemovesIt()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync();
            var identity = endpoint.Identity(id);

            var upsert = await endpoint.PostAsync(EndpointHarness.Body(identity, "web"), ip);
            Assert.Equal(200, upsert.Status);
            var record = endpoint.Record(endpoint.Fqdn("web"))!.Value;
            Assert.Equal(ip, record.GetProperty("ResourceRecords")[0].GetProperty("Value").GetString());
            Assert.Equal(60, record.GetProperty("TTL").GetInt32());

            var delete = await endpoint.PostAsync(EndpointHarness.Body(identity, "web", "DELETE"), ip);
            Assert.Equal(200, delete.Status);
            Assert.Null(endpoint.Record(endpoint.Fqdn("web")));
        }

        [Fact]
        public async Task UpsertOfTheSameValueSkipsRoute53()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync();
            var body = EndpointHarness.Body(endpoint.Identity(id), "same");
            Assert.Contains("\"changed\":true", (await endpoint.PostAsync(body, ip)).Body);
            var again = await endpoint.PostAsync(body, ip);
            Assert.Equal(200, again.Status);
            Assert.Contains("\"changed\":false", again.Body);
            Assert.Contains("\"changeId\":null", again.Body);
        }

        [Fact]
        public async Task ClientSuppliedAddressMustEqualWhatEc2Reports()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync();
            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id), "web", extraMembers: "\"ip_address\":\"203.0.113.9\""), ip);
            Assert.Equal(403, response.Status);
            Assert.Equal("IpAddressMismatch", EndpointHarness.Error(response));
            Assert.Equal(200, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id), "web", extraMembers: $"\"ip_address\":\"{ip}\""), ip)).Status);
        }

        [Fact]
        public async Task RequestFromAnotherHostIsRefusedWhenSourceBindingIsOn()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (id, _) = await endpoint.LaunchAsync();
            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id), "web"), "203.0.113.50");
            Assert.Equal(403, response.Status);
            Assert.Equal("SourceAddressMismatch", EndpointHarness.Error(response));
            Assert.Null(endpoint.Record(endpoint.Fqdn("web")));
        }

        [Fact]
        public async Task SourceBindingCanBeTurnedOffForNatInstances()
        {
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string> { ["SPAWN_BIND_SOURCE_IP"] = "false" });
            var (id, ip) = await endpoint.LaunchAsync();
            Assert.Equal(200, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id), "web"), "203.0.113.50")).Status);
            Assert.Equal(ip, endpoint.Record(endpoint.Fqdn("web"))!.Value.GetProperty("ResourceRecords")[0].GetProperty("Value").GetString());
        }

        [Fact]
        public async Task StoppedInstanceCannotRegister()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync();
            await endpoint.StopAsync(id);
            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id), "web"), ip);
            Assert.Equal(403, response.Status);
            Assert.Equal("InstanceNotRunning", EndpointHarness.Error(response));
        }

        [Fact]
        public async Task InstanceWithoutTheManagedTagCannotRegister()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync(managed: false);
            Assert.Equal("InstanceNotManaged", EndpointHarness.Error(await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id), "web"), ip)));
        }

        [Fact]
        public async Task SignedDocumentForAnInstanceEc2DoesNotKnowIsRefused()
        {
            using var endpoint = new EndpointHarness(_moto);
            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity("i-0fedcba9876543210"), "web"), "198.51.100.1");
            Assert.Equal(403, response.Status);
            Assert.Equal("InstanceNotFound", EndpointHarness.Error(response));
        }

        [Fact]
        public async Task AnotherAccountsNamespaceCannotBeReached()
        {
            // A validly signed document of another account: without a role for it, the endpoint refuses before EC2,
            // and nothing appears under that account's label either.
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync();
            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id, accountId: "210987654321"), "web"), ip);
            Assert.Equal(403, response.Status);
            Assert.Equal("InstanceNotFound", EndpointHarness.Error(response));
            var records = AwsCli.Json(_moto, "route53", "list-resource-record-sets", "--hosted-zone-id", endpoint.ZoneId)
                .GetProperty("ResourceRecordSets").EnumerateArray().Select(r => r.GetProperty("Name").GetString()).ToList();
            Assert.DoesNotContain(records, n => n!.StartsWith("web.", StringComparison.Ordinal));
        }

        [Fact]
        public async Task AccountOutsideTheAllowlistIsRefused()
        {
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string> { ["SPAWN_ACCOUNT_ALLOWLIST"] = "111111111111, 222222222222" });
            var (id, ip) = await endpoint.LaunchAsync();
            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id), "web"), ip);
            Assert.Equal("AccountNotAllowed", EndpointHarness.Error(response));
        }

        [Fact]
        public async Task WrongRegionsCertificateDoesNotVerify()
        {
            // The document says eu-west-1, whose pinned certificate is AWS's; the test CA is pinned for us-east-1 only.
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync();
            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id, region: "eu-west-1"), "web"), ip);
            Assert.Equal(403, response.Status);
            Assert.Equal("IdentityNotVerified", EndpointHarness.Error(response));
            Assert.Equal("SignerNotPinned", endpoint.LastLog().GetProperty("detail").GetString());
        }

        [Fact]
        public async Task SecondInstanceCannotClaimANameUntilItsOwnerIsGone()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (first, firstIp) = await endpoint.LaunchAsync();
            var (second, secondIp) = await endpoint.LaunchAsync();
            Assert.Equal(200, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(first), "shared"), firstIp)).Status);

            var claim = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(second), "shared"), secondIp);
            Assert.Equal(409, claim.Status);
            Assert.Equal("NameOwnedByAnotherInstance", EndpointHarness.Error(claim));
            var steal = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(second), "shared", "DELETE"), secondIp);
            Assert.Equal("NameOwnedByAnotherInstance", EndpointHarness.Error(steal));
            Assert.Equal(firstIp, endpoint.Record(endpoint.Fqdn("shared"))!.Value.GetProperty("ResourceRecords")[0].GetProperty("Value").GetString());

            await endpoint.TerminateAsync(first);
            Assert.Equal(200, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(second), "shared"), secondIp)).Status);
            Assert.Equal(secondIp, endpoint.Record(endpoint.Fqdn("shared"))!.Value.GetProperty("ResourceRecords")[0].GetProperty("Value").GetString());
        }

        [Fact]
        public async Task DeleteOfANameNeverRegisteredIsNotFound()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync();
            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id), "nothing", "DELETE"), ip);
            Assert.Equal(404, response.Status);
            Assert.Equal("NameNotRegistered", EndpointHarness.Error(response));
        }

        [Fact]
        public async Task OlderDocumentIsRefusedOnceANewerOneWasSeen()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync();
            var older = endpoint.Identity(id, pendingTime: "2026-02-16T00:38:27Z");
            var newer = endpoint.Identity(id, pendingTime: "2026-03-01T08:00:00Z");
            Assert.Equal(200, (await endpoint.PostAsync(EndpointHarness.Body(newer, "web"), ip)).Status);
            var replay = await endpoint.PostAsync(EndpointHarness.Body(older, "web", "DELETE"), ip);
            Assert.Equal(403, replay.Status);
            Assert.Equal("ReplayedDocument", EndpointHarness.Error(replay));
            Assert.NotNull(endpoint.Record(endpoint.Fqdn("web")));
        }

        [Fact]
        public async Task PerInstanceRateLimitAnswers429()
        {
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string> { ["SPAWN_RATE_LIMIT_INSTANCE"] = "3" });
            var (id, ip) = await endpoint.LaunchAsync();
            var body = EndpointHarness.Body(endpoint.Identity(id), "web");
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(200, (await endpoint.PostAsync(body, ip)).Status);
            }
            var limited = await endpoint.PostAsync(body, ip);
            Assert.Equal(429, limited.Status);
            Assert.Equal("RateLimited", EndpointHarness.Error(limited));
            Assert.Equal("Instance", endpoint.LastLog().GetProperty("detail").GetString());
        }

        [Fact]
        public async Task PerAccountRateLimitAnswers429()
        {
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string> { ["SPAWN_RATE_LIMIT_ACCOUNT"] = "2" });
            var (first, firstIp) = await endpoint.LaunchAsync();
            var (second, secondIp) = await endpoint.LaunchAsync();
            Assert.Equal(200, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(first), "one"), firstIp)).Status);
            Assert.Equal(200, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(second), "two"), secondIp)).Status);
            var limited = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(second), "two"), secondIp);
            Assert.Equal(429, limited.Status);
            Assert.Equal("Account", endpoint.LastLog().GetProperty("detail").GetString());
        }

        [Fact]
        public async Task EachRequestLogsOneLineWithTheFieldsAndNeverTheSignature()
        {
            using var endpoint = new EndpointHarness(_moto);
            var (id, ip) = await endpoint.LaunchAsync();
            var identity = endpoint.Identity(id);
            await endpoint.PostAsync(EndpointHarness.Body(identity, "logged"), ip);
            using var attacker = new TestAuthority();
            var forged = attacker.Sign(TestAuthority.Document(instanceId: id));
            await endpoint.PostAsync(EndpointHarness.Body(forged, "logged"), ip);

            Assert.Equal(2, endpoint.LogLines.Count);
            var passed = JsonDocument.Parse(endpoint.LogLines.First()).RootElement;
            foreach (var field in new[] { "timestamp", "requestId", "instanceId", "accountId", "region", "recordName", "fqdn", "ipAddress", "action", "validation", "reason", "changeId" })
            {
                Assert.True(passed.TryGetProperty(field, out _), field);
            }
            Assert.Equal(id, passed.GetProperty("instanceId").GetString());
            Assert.Equal("123456789012", passed.GetProperty("accountId").GetString());
            Assert.Equal(endpoint.Fqdn("logged"), passed.GetProperty("fqdn").GetString());
            Assert.Equal(ip, passed.GetProperty("ipAddress").GetString());
            Assert.Equal("passed", passed.GetProperty("validation").GetString());
            Assert.StartsWith("/change/", passed.GetProperty("changeId").GetString());

            var failed = endpoint.LastLog();
            Assert.Equal("failed", failed.GetProperty("validation").GetString());
            Assert.Equal("IdentityNotVerified", failed.GetProperty("reason").GetString());
            foreach (var line in endpoint.LogLines)
            {
                foreach (var text in new[] { identity, forged })
                {
                    var compact = text.Replace("\n", "").Replace("\r", "");
                    Assert.DoesNotContain(compact.Substring(0, 40), line);
                    Assert.DoesNotContain(compact.Substring(compact.Length - 40), line);
                }
            }
        }
    }
}
