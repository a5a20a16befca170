using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Logging;
using Spawn.Logging.Sinks;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Logging
{
    /// <summary>The CloudWatch Logs sink against moto, read back with the AWS CLI.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class CloudWatchLogsAuditSinkTests
    {
        private readonly MotoServer _moto;

        public CloudWatchLogsAuditSinkTests(MotoServer moto)
        {
            _moto = moto;
        }

        [Fact]
        public async Task Records_AreReadBackByTheCli_AsJsonEvents()
        {
            using var context = TestContext.For(_moto);
            var group = "spawn-audit-" + Guid.NewGuid().ToString("N");
            var sink = new CloudWatchLogsAuditSink(context, group, "tester@host");
            var time = DateTime.UtcNow;

            await sink.WriteAsync(AuditTestFiles.Record("Protect-SpawnSecret", time), CancellationToken.None);
            await sink.WriteAsync(AuditTestFiles.Record("Unprotect-SpawnSecret", time.AddSeconds(1)), CancellationToken.None);

            var events = AwsCli.Json(_moto, "logs", "get-log-events", "--log-group-name", group, "--log-stream-name", "tester@host",
                "--start-from-head").GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(2, events.Count);
            using var first = JsonDocument.Parse(events[0].GetProperty("message").GetString()!);
            Assert.Equal("Protect-SpawnSecret", first.RootElement.GetProperty("action").GetString());
            Assert.Equal("Success", first.RootElement.GetProperty("outcome").GetString());
            Assert.Equal("eu-west-1", first.RootElement.GetProperty("region").GetString());
            Assert.Equal(new DateTimeOffset(time).ToUnixTimeMilliseconds(), events[0].GetProperty("timestamp").GetInt64());
        }

        [Fact]
        public async Task ExistingGroupAndStream_AreUsedAsTheyAre()
        {
            using var context = TestContext.For(_moto);
            var group = "spawn-audit-" + Guid.NewGuid().ToString("N");
            AwsCli.Run(_moto, "logs", "create-log-group", "--log-group-name", group);
            AwsCli.Run(_moto, "logs", "create-log-stream", "--log-group-name", group, "--log-stream-name", "s");

            await new CloudWatchLogsAuditSink(context, group, "s").WriteAsync(AuditTestFiles.Record("A", DateTime.UtcNow), CancellationToken.None);

            var events = AwsCli.Json(_moto, "logs", "get-log-events", "--log-group-name", group, "--log-stream-name", "s").GetProperty("events");
            Assert.Equal(1, events.GetArrayLength());
        }

        [Fact]
        public async Task UnreachableCloudWatch_OnlyWarns_AndTheFileSinkStillWrites()
        {
            var layer = new Spawn.Aws.AwsSettings("test")
            {
                Region = "us-east-1", AccessKey = MotoServer.AccessKey, SecretKey = MotoServer.SecretKey,
                EndpointUrl = "http://127.0.0.1:" + MotoServer.FreePort(),
            };
            using var context = new Spawn.Aws.AwsContextResolver(environment: _ => null).Resolve(new System.Collections.Generic.List<Spawn.Aws.AwsSettings> { layer });
            using var files = new AuditTestFiles();
            var log = new RecordingLog();
            var auditLog = AuditLog.For(context, name => name switch
            {
                AuditDirectory.DirectoryVariable => files.Directory,
                AuditLog.LogGroupVariable => "spawn-unreachable",
                _ => null,
            });

            await auditLog.WriteAsync(AuditTestFiles.Record("Protect-SpawnSecret", AuditTestFiles.Day), log, CancellationToken.None);

            Assert.Equal(2, auditLog.Sinks.Count);
            Assert.Contains(log.Warnings, w => w.Contains("CloudWatch Logs group 'spawn-unreachable'"));
            Assert.True(files.Verify().IsValid);
            Assert.Equal(1, files.Verify().LineCount);
        }
    }
}
