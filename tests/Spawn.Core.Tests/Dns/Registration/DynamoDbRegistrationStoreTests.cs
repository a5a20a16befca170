using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Dns.Registration;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>The Lambda's state store against moto's DynamoDB: each conditional write's both outcomes, and the pipeline on it.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class DynamoDbRegistrationStoreTests
    {
        private readonly MotoServer _moto;

        public DynamoDbRegistrationStoreTests(MotoServer moto) => _moto = moto;

        private string CreateTable()
        {
            var name = "spawn-dns-" + Guid.NewGuid().ToString("N").Substring(0, 12);
            AwsCli.Run(_moto, "dynamodb", "create-table", "--table-name", name, "--attribute-definitions", "AttributeName=pk,AttributeType=S",
                "--key-schema", "AttributeName=pk,KeyType=HASH", "--billing-mode", "PAY_PER_REQUEST");
            return name;
        }

        private DynamoDbRegistrationStore Store(string table) => new DynamoDbRegistrationStore(TestContext.For(_moto).DynamoDb, table);

        [Fact]
        public async Task ANameIsClaimedOnceAndTakenOverOnlyFromTheNamedOwner()
        {
            var store = Store(CreateTable());
            var ct = CancellationToken.None;
            var a = new NameOwner("i-0aaaaaaaaaaaaaaaa", "123456789012", "us-east-1");
            var b = new NameOwner("i-0bbbbbbbbbbbbbbbb", "123456789012", "us-east-1");

            Assert.Null(await store.GetOwnerAsync("web.example.com", ct));
            Assert.True(await store.TryClaimAsync("web.example.com", a, null, ct));
            Assert.False(await store.TryClaimAsync("web.example.com", b, null, ct));
            Assert.False(await store.TryClaimAsync("web.example.com", b, "i-0cccccccccccccccc", ct));
            Assert.Equal(a.InstanceId, (await store.GetOwnerAsync("web.example.com", ct))!.InstanceId);
            Assert.True(await store.TryClaimAsync("web.example.com", b, a.InstanceId, ct));
            var owner = (await store.GetOwnerAsync("web.example.com", ct))!;
            Assert.Equal((b.InstanceId, "123456789012", "us-east-1"), (owner.InstanceId, owner.AccountId, owner.Region));

            Assert.False(await store.ReleaseAsync("web.example.com", a.InstanceId, ct));
            Assert.True(await store.ReleaseAsync("web.example.com", b.InstanceId, ct));
            Assert.Null(await store.GetOwnerAsync("web.example.com", ct));
        }

        [Fact]
        public async Task PendingTimeOnlyMovesForward()
        {
            var store = Store(CreateTable());
            var ct = CancellationToken.None;
            var t = DateTimeOffset.Parse("2026-02-16T00:38:27Z");
            Assert.True(await store.TryAdvancePendingTimeAsync("i-0aaaaaaaaaaaaaaaa", t, ct));
            Assert.True(await store.TryAdvancePendingTimeAsync("i-0aaaaaaaaaaaaaaaa", t, ct));
            Assert.True(await store.TryAdvancePendingTimeAsync("i-0aaaaaaaaaaaaaaaa", t.AddDays(1), ct));
            Assert.False(await store.TryAdvancePendingTimeAsync("i-0aaaaaaaaaaaaaaaa", t, ct));
            Assert.True(await store.TryAdvancePendingTimeAsync("i-0bbbbbbbbbbbbbbbb", t, ct));
        }

        [Fact]
        public async Task CounterStopsAtItsLimit()
        {
            var store = Store(CreateTable());
            var expires = DateTimeOffset.UtcNow.AddMinutes(1);
            for (var i = 0; i < 3; i++)
            {
                Assert.True(await store.TryCountAsync("instance#i-1#1", 3, expires, CancellationToken.None));
            }
            Assert.False(await store.TryCountAsync("instance#i-1#1", 3, expires, CancellationToken.None));
            Assert.True(await store.TryCountAsync("instance#i-1#2", 3, expires, CancellationToken.None));
        }

        [Fact]
        public async Task AMissingTableFailsClosed()
        {
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string> { ["SPAWN_STATE_TABLE"] = "no-such-table" });
            var (id, ip) = await endpoint.LaunchAsync();
            var response = await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(id), "web"), ip);
            Assert.Equal(503, response.Status);
            Assert.Equal("StateStoreFailed", EndpointHarness.Error(response));
            Assert.Null(endpoint.Record(endpoint.Fqdn("web")));
        }

        [Fact]
        public async Task PipelineOnDynamoDbKeepsOwnershipAndReplayState()
        {
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string> { ["SPAWN_STATE_TABLE"] = CreateTable() });
            var (first, firstIp) = await endpoint.LaunchAsync();
            var (second, secondIp) = await endpoint.LaunchAsync();
            Assert.Equal(200, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(first, pendingTime: "2026-03-01T00:00:00Z"), "db"), firstIp)).Status);
            Assert.Equal(409, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(second), "db"), secondIp)).Status);
            Assert.Equal(403, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(first), "db", "DELETE"), firstIp)).Status);
            Assert.Equal(200, (await endpoint.PostAsync(EndpointHarness.Body(endpoint.Identity(first, pendingTime: "2026-03-01T00:00:00Z"), "db", "DELETE"), firstIp)).Status);
            Assert.Null(endpoint.Record(endpoint.Fqdn("db")));
        }
    }
}
