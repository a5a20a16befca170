using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Diagnostics;
using Spawn.Dns;
using Spawn.Dns.Records;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Dns
{
    /// <summary>Get/Set/Remove-SpawnDnsRecord's engine against moto, with zones, instances and records read back by the AWS CLI.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class DnsRecordServiceTests
    {
        private const string Namespace = "1kpqzg2c"; // base36 of moto's account 123456789012
        private readonly MotoServer _moto;

        public DnsRecordServiceTests(MotoServer moto) => _moto = moto;

        [Fact]
        public async Task UpsertWritesTheRecordUnderTheAccountNamespace()
        {
            var zone = CreateZone();
            using var context = TestContext.For(_moto);

            var change = await new DnsRecordService(context, NullOperationLog.Instance)
                .UpsertAsync(ZoneSelector.ByName(zone), RecordName.Parse("web"), SpawnDnsRecordType.A, new[] { "192.0.2.10" }, 120, CancellationToken.None);

            Assert.Equal($"web.{Namespace}.{zone}", change.Fqdn);
            Assert.Equal("UPSERT", change.Action);
            var record = CliRecord(zone, $"web.{Namespace}.{zone}.", "A");
            Assert.Equal(120, record.GetProperty("TTL").GetInt32());
            Assert.Equal("192.0.2.10", record.GetProperty("ResourceRecords")[0].GetProperty("Value").GetString());
        }

        [Fact]
        public async Task TxtValuesAreQuotedForRoute53()
        {
            var zone = CreateZone();
            using var context = TestContext.For(_moto);

            await new DnsRecordService(context, NullOperationLog.Instance).UpsertAsync(ZoneSelector.ByName(zone), RecordName.Parse("note"),
                SpawnDnsRecordType.TXT, new[] { "owner \"ops\"" }, 60, CancellationToken.None);

            var value = CliRecord(zone, $"note.{Namespace}.{zone}.", "TXT").GetProperty("ResourceRecords")[0].GetProperty("Value").GetString();
            Assert.Equal("\"owner \\\"ops\\\"\"", value);
        }

        [Fact]
        public async Task ListFindsOwnersAndFlagsDanglingRecordsWithOneDescribePerRegion()
        {
            var zone = CreateZone();
            var label = "app" + Guid.NewGuid().ToString("N").Substring(0, 6);
            var (instanceId, ip) = RunInstance(label);
            var stoppedLabel = label + "s";
            var (stoppedId, stoppedIp) = RunInstance(stoppedLabel);
            AwsCli.Run(_moto, "ec2", "stop-instances", "--instance-ids", stoppedId);
            using var context = TestContext.For(_moto);
            var service = new DnsRecordService(context, NullOperationLog.Instance);
            var selector = ZoneSelector.ByName(zone);
            await service.UpsertAsync(selector, RecordName.Parse(label), SpawnDnsRecordType.A, new[] { ip }, 60, CancellationToken.None);
            await service.UpsertAsync(selector, RecordName.Parse(label), SpawnDnsRecordType.TXT, new[] { "hello" }, 60, CancellationToken.None);
            await service.UpsertAsync(selector, RecordName.Parse(stoppedLabel), SpawnDnsRecordType.A, new[] { stoppedIp ?? "192.0.2.1" }, 60, CancellationToken.None);
            await service.UpsertAsync(selector, RecordName.Parse("ghost-" + label), SpawnDnsRecordType.A, new[] { "192.0.2.77" }, 60, CancellationToken.None);
            var moved = "moved-" + label;
            var (movedId, _) = RunInstance(moved);
            await service.UpsertAsync(selector, RecordName.Parse(moved), SpawnDnsRecordType.A, new[] { "192.0.2.99" }, 60, CancellationToken.None);

            var records = await service.ListAsync(new DnsRecordQuery(selector, new[] { MotoServer.Region }), CancellationToken.None);

            var a = records.Single(r => r.Name == label && r.Type == SpawnDnsRecordType.A);
            Assert.Equal(instanceId, a.InstanceId);
            Assert.False(a.Dangling, a.DanglingReason);
            Assert.Contains(ip, a.InstanceAddresses);
            Assert.False(records.Single(r => r.Name == label && r.Type == SpawnDnsRecordType.TXT).Dangling);
            var stopped = records.Single(r => r.Name == stoppedLabel);
            Assert.Equal((stoppedId, DnsRecordService.InstanceNotRunning), (stopped.InstanceId, stopped.DanglingReason));
            var ghost = records.Single(r => r.Name == "ghost-" + label);
            Assert.Equal((null, DnsRecordService.NoInstance, true), (ghost.InstanceId, ghost.DanglingReason, ghost.Dangling));
            var differs = records.Single(r => r.Name == moved);
            Assert.Equal((movedId, DnsRecordService.AddressDiffers), (differs.InstanceId, differs.DanglingReason));
            Assert.All(records, r => Assert.Equal(zone, r.ZoneName));

            var filtered = await service.ListAsync(new DnsRecordQuery(selector, new[] { MotoServer.Region })
            {
                NameFilter = n => n.StartsWith("ghost-", StringComparison.Ordinal),
            }, CancellationToken.None);
            Assert.Equal("ghost-" + label, Assert.Single(filtered).Name);
            var byInstance = await service.ListAsync(new DnsRecordQuery(selector, new[] { MotoServer.Region })
            {
                InstanceIds = new HashSet<string> { instanceId },
            }, CancellationToken.None);
            Assert.Equal(2, byInstance.Count);
        }

        [Fact]
        public async Task ListReadsEveryPage()
        {
            var zone = CreateZone();
            using var context = TestContext.For(_moto);
            var service = new DnsRecordService(context, NullOperationLog.Instance);
            // More than one 300-record page: written in one CLI batch to keep the test fast.
            var changes = Enumerable.Range(0, 320).Select(i => new
            {
                Action = "CREATE",
                ResourceRecordSet = new { Name = $"n{i}.{Namespace}.{zone}", Type = "A", TTL = 60, ResourceRecords = new[] { new { Value = "192.0.2.1" } } },
            });
            AwsCli.Run(_moto, "route53", "change-resource-record-sets", "--hosted-zone-id", ZoneId(zone), "--change-batch",
                JsonSerializer.Serialize(new { Changes = changes }));

            var records = await service.ListAsync(new DnsRecordQuery(ZoneSelector.ByName(zone), new[] { MotoServer.Region }), CancellationToken.None);

            Assert.Equal(320, records.Count);
        }

        [Fact]
        public async Task DeleteRemovesEveryTypeAtTheNameThenReportsNotFound()
        {
            var zone = CreateZone();
            using var context = TestContext.For(_moto);
            var service = new DnsRecordService(context, NullOperationLog.Instance);
            var selector = ZoneSelector.ById(ZoneId(zone));
            await service.UpsertAsync(selector, RecordName.Parse("gone"), SpawnDnsRecordType.A, new[] { "192.0.2.5" }, 60, CancellationToken.None);
            await service.UpsertAsync(selector, RecordName.Parse("gone"), SpawnDnsRecordType.AAAA, new[] { "2001:DB8:0::5" }, 60, CancellationToken.None);

            var deleted = await service.DeleteAsync(selector, RecordName.Parse("gone"), null, CancellationToken.None);

            Assert.Equal(new[] { SpawnDnsRecordType.A, SpawnDnsRecordType.AAAA }, deleted.Select(d => d.Type).OrderBy(t => t));
            Assert.Equal("2001:db8::5", deleted.Single(d => d.Type == SpawnDnsRecordType.AAAA).Values[0]);
            Assert.DoesNotContain(CliRecords(zone), r => r.GetProperty("Name").GetString()!.StartsWith("gone.", StringComparison.Ordinal));
            var error = await Assert.ThrowsAsync<SpawnException>(() => service.DeleteAsync(selector, RecordName.Parse("gone"), null, CancellationToken.None));
            Assert.Equal(DnsRecordService.RecordNotFound, error.ErrorId);
        }

        [Fact]
        public async Task UnknownZoneIsReportedByNameAndById()
        {
            using var context = TestContext.For(_moto);
            var service = new DnsRecordService(context, NullOperationLog.Instance);

            var byName = await Assert.ThrowsAsync<SpawnException>(() => service.ListAsync(
                new DnsRecordQuery(ZoneSelector.ByName("nowhere-" + Guid.NewGuid().ToString("N") + ".example"), new[] { MotoServer.Region }), CancellationToken.None));
            var byId = await Assert.ThrowsAsync<SpawnException>(() => service.ListAsync(
                new DnsRecordQuery(ZoneSelector.ById("ZNOSUCHZONE1"), new[] { MotoServer.Region }), CancellationToken.None));

            Assert.Equal(HostedZoneLocator.NotFound, byName.ErrorId);
            Assert.Equal(HostedZoneLocator.NotFound, byId.ErrorId);
        }

        private string CreateZone()
        {
            var name = $"z{Guid.NewGuid():N}.example.com";
            AwsCli.Run(_moto, "route53", "create-hosted-zone", "--name", name, "--caller-reference", Guid.NewGuid().ToString());
            return name;
        }

        private string ZoneId(string zone) =>
            AwsCli.Json(_moto, "route53", "list-hosted-zones-by-name", "--dns-name", zone).GetProperty("HostedZones")[0].GetProperty("Id").GetString()!;

        private List<JsonElement> CliRecords(string zone) =>
            AwsCli.Json(_moto, "route53", "list-resource-record-sets", "--hosted-zone-id", ZoneId(zone)).GetProperty("ResourceRecordSets").EnumerateArray().ToList();

        private JsonElement CliRecord(string zone, string name, string type) =>
            CliRecords(zone).Single(r => r.GetProperty("Name").GetString() == name && r.GetProperty("Type").GetString() == type);

        private (string Id, string Ip) RunInstance(string name)
        {
            var instance = AwsCli.Json(_moto, "ec2", "run-instances", "--image-id", "ami-12c6146b", "--count", "1", "--instance-type", "t3.micro",
                "--tag-specifications", $"ResourceType=instance,Tags=[{{Key=spawn:managed,Value=true}},{{Key=spawn:name,Value={name}}}]")
                .GetProperty("Instances")[0];
            var id = instance.GetProperty("InstanceId").GetString()!;
            var described = AwsCli.Json(_moto, "ec2", "describe-instances", "--instance-ids", id).GetProperty("Reservations")[0].GetProperty("Instances")[0];
            return (id, described.GetProperty("PublicIpAddress").GetString()!);
        }
    }
}
