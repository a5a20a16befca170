using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Route53;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Route53
{
    /// <summary>Spawn's Route 53 client against moto, cross-checked with the AWS CLI on the same server.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class Route53ClientTests
    {
        private readonly MotoServer _moto;

        public Route53ClientTests(MotoServer moto)
        {
            _moto = moto;
        }

        [Fact]
        public async Task UpsertedRecordIsReadByTheCliAndItsChangeHasAStatus()
        {
            var (zoneId, zoneName) = CreateZoneWithCli();
            using var context = TestContext.For(_moto);

            var response = await context.Route53.ChangeResourceRecordSetsAsync(new ChangeResourceRecordSetsRequest
            {
                HostedZoneId = zoneId,
                Comment = "spawn test",
                Changes = { new Change(ChangeAction.Upsert, new ResourceRecordSet { Name = "www." + zoneName, Type = "A", Ttl = 300, Values = { "192.0.2.10" } }) },
            }, CancellationToken.None);

            var records = AwsCli.Json(_moto, "route53", "list-resource-record-sets", "--hosted-zone-id", zoneId)
                .GetProperty("ResourceRecordSets").EnumerateArray()
                .Where(r => r.GetProperty("Name").GetString() == "www." + zoneName + ".").ToList();
            var record = Assert.Single(records);
            Assert.Equal("A", record.GetProperty("Type").GetString());
            Assert.Equal(300, record.GetProperty("TTL").GetInt32());
            Assert.Equal("192.0.2.10", record.GetProperty("ResourceRecords")[0].GetProperty("Value").GetString());

            var change = await context.Route53.GetChangeAsync(new GetChangeRequest { Id = response.ChangeInfo.Id }, CancellationToken.None);
            Assert.Contains(change.ChangeInfo.Status, new[] { ChangeInfo.Pending, ChangeInfo.InSync });
            Assert.EndsWith(Route53Wire.BareId(response.ChangeInfo.Id), change.ChangeInfo.Id);
        }

        [Fact]
        public async Task RecordWrittenByTheCliIsReadByTheClient()
        {
            var (zoneId, zoneName) = CreateZoneWithCli();
            var batch = JsonSerializer.Serialize(new
            {
                Changes = new[]
                {
                    new
                    {
                        Action = "CREATE",
                        ResourceRecordSet = new { Name = "mail." + zoneName, Type = "TXT", TTL = 120, ResourceRecords = new[] { new { Value = "\"v=spf1 -all\"" } } },
                    },
                },
            });
            AwsCli.Run(_moto, "route53", "change-resource-record-sets", "--hosted-zone-id", zoneId, "--change-batch", batch);
            using var context = TestContext.For(_moto);

            var records = await context.Route53.ListAllResourceRecordSetsAsync(
                new ListResourceRecordSetsRequest { HostedZoneId = zoneId }, CancellationToken.None);

            var txt = Assert.Single(records, r => r.Type == "TXT");
            Assert.Equal("mail." + zoneName + ".", txt.Name);
            Assert.Equal(120, txt.Ttl);
            Assert.Equal("\"v=spf1 -all\"", Assert.Single(txt.Values));
        }

        [Fact]
        public async Task ListAllReadsEveryPage()
        {
            var (zoneId, zoneName) = CreateZoneWithCli();
            using var context = TestContext.For(_moto);
            var request = new ChangeResourceRecordSetsRequest { HostedZoneId = zoneId };
            for (var i = 0; i < 27; i++)
            {
                request.Changes.Add(new Change(ChangeAction.Create,
                    new ResourceRecordSet { Name = $"host{i:D2}.{zoneName}", Type = "A", Ttl = 60, Values = { $"192.0.2.{i + 1}" } }));
            }
            await context.Route53.ChangeResourceRecordSetsAsync(request, CancellationToken.None);

            var firstPage = await context.Route53.ListResourceRecordSetsAsync(
                new ListResourceRecordSetsRequest { HostedZoneId = zoneId, MaxItems = 10 }, CancellationToken.None);
            var all = await context.Route53.ListAllResourceRecordSetsAsync(
                new ListResourceRecordSetsRequest { HostedZoneId = zoneId, MaxItems = 10 }, CancellationToken.None);

            Assert.Equal(10, firstPage.ResourceRecordSets.Count);
            Assert.True(firstPage.IsTruncated);
            Assert.NotNull(firstPage.NextRecordName);
            // 27 A records plus the zone's own SOA and NS, each exactly once.
            Assert.Equal(29, all.Count);
            Assert.Equal(27, all.Count(r => r.Type == "A"));
            Assert.Equal(all.Count, all.Select(r => r.Name + "/" + r.Type).Distinct().Count());
            var cliCount = AwsCli.Json(_moto, "route53", "list-resource-record-sets", "--hosted-zone-id", zoneId)
                .GetProperty("ResourceRecordSets").GetArrayLength();
            Assert.Equal(cliCount, all.Count);
        }

        [Fact]
        public async Task ListHostedZonesByNameFindsTheZoneTheCliCreated()
        {
            var (zoneId, zoneName) = CreateZoneWithCli();
            using var context = TestContext.For(_moto);

            var response = await context.Route53.ListHostedZonesByNameAsync(
                new ListHostedZonesByNameRequest { DnsName = zoneName }, CancellationToken.None);

            var zone = Assert.Single(response.HostedZones, z => z.Id == zoneId);
            Assert.Equal(zoneName + ".", zone.Name);

            var got = await context.Route53.GetHostedZoneAsync(new GetHostedZoneRequest { HostedZoneId = Route53Wire.BareId(zoneId) },
                CancellationToken.None);
            Assert.Equal(zoneId, got.HostedZone.Id);
            Assert.NotEmpty(got.NameServers);
        }

        [Fact]
        public async Task GetHostedZoneOnAMissingIdThrowsNoSuchHostedZone()
        {
            using var context = TestContext.For(_moto);

            var error = await Assert.ThrowsAsync<NoSuchHostedZoneException>(() => context.Route53.GetHostedZoneAsync(
                new GetHostedZoneRequest { HostedZoneId = "/hostedzone/ZNOTTHERE0000" }, CancellationToken.None));

            Assert.Equal("NoSuchHostedZone", error.ErrorCode);
            Assert.Equal(error.ErrorCode, error.Code);
            Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
            Assert.False(string.IsNullOrEmpty(error.RequestId));
            Assert.Contains("ZNOTTHERE0000", error.Message);
        }

        [Fact]
        public async Task RecordOutsideTheZoneThrowsInvalidChangeBatch()
        {
            var (zoneId, _) = CreateZoneWithCli();
            using var context = TestContext.For(_moto);

            var error = await Assert.ThrowsAsync<InvalidChangeBatchException>(() => context.Route53.ChangeResourceRecordSetsAsync(
                new ChangeResourceRecordSetsRequest
                {
                    HostedZoneId = zoneId,
                    Changes = { new Change(ChangeAction.Upsert, new ResourceRecordSet { Name = "elsewhere.example.org", Type = "A", Ttl = 60, Values = { "192.0.2.1" } }) },
                }, CancellationToken.None));

            Assert.Equal("InvalidChangeBatch", error.ErrorCode);
            Assert.Contains("elsewhere.example.org", Assert.Single(error.Messages));
        }

        [Fact]
        public async Task GetDnssecReportsAnUnsignedZone()
        {
            // moto 5.2.1 serves GetDNSSEC (always NOT_SIGNING, no keys) but not the calls that would change it.
            var (zoneId, _) = CreateZoneWithCli();
            using var context = TestContext.For(_moto);

            var response = await context.Route53.GetDnssecAsync(new GetDnssecRequest { HostedZoneId = zoneId }, CancellationToken.None);

            Assert.Equal("NOT_SIGNING", response.Status.ServeSignature);
            Assert.Empty(response.KeySigningKeys);
        }

        [Fact]
        public async Task CreateAndDeleteHostedZoneAreSeenByTheCli()
        {
            using var context = TestContext.For(_moto);
            var name = $"spawn-{Guid.NewGuid():N}.example.com";

            var created = await context.Route53.CreateHostedZoneAsync(new CreateHostedZoneRequest
            {
                Name = name,
                CallerReference = Guid.NewGuid().ToString(),
                Comment = "created by spawn tests",
            }, CancellationToken.None);

            var cli = AwsCli.Json(_moto, "route53", "get-hosted-zone", "--id", created.HostedZone.Id).GetProperty("HostedZone");
            Assert.Equal(name + ".", cli.GetProperty("Name").GetString());
            Assert.Equal("created by spawn tests", cli.GetProperty("Config").GetProperty("Comment").GetString());

            await context.Route53.DeleteHostedZoneAsync(new DeleteHostedZoneRequest { HostedZoneId = created.HostedZone.Id }, CancellationToken.None);
            await Assert.ThrowsAsync<NoSuchHostedZoneException>(() => context.Route53.GetHostedZoneAsync(
                new GetHostedZoneRequest { HostedZoneId = created.HostedZone.Id }, CancellationToken.None));
        }

        private (string Id, string Name) CreateZoneWithCli()
        {
            var name = $"spawn-{Guid.NewGuid():N}.example.com";
            var zone = AwsCli.Json(_moto, "route53", "create-hosted-zone", "--name", name, "--caller-reference", Guid.NewGuid().ToString())
                .GetProperty("HostedZone");
            return (zone.GetProperty("Id").GetString()!, name);
        }
    }
}
