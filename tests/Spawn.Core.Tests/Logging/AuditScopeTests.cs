using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Logging;
using Spawn.Logging.Sinks;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Logging
{
    /// <summary>One record per operation, with who, where and what, secrets masked; a failing sink only warns.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class AuditScopeTests
    {
        private const string KnownSecret = "hunter2-correct-horse-battery";
        private readonly MotoServer _moto;

        public AuditScopeTests(MotoServer moto)
        {
            _moto = moto;
        }

        [Fact]
        public async Task Success_RecordsCallerRegionCorrelationAndRequestIds_WithParametersMasked()
        {
            using var context = TestContext.For(_moto, "eu-west-1");
            var sink = new CapturingSink();
            var scope = new AuditScope(new AuditLog(new[] { sink }), context, "Protect-SpawnSecret", new[] { "alias/spawn" },
                new Dictionary<string, string?>
                {
                    ["Value"] = null,
                    ["Note"] = "the password is " + KnownSecret,
                    ["SessionToken"] = "visible-only-by-name",
                    ["WebhookUrl"] = "https://hooks.example.com/services/T000/B000/abcdef",
                    ["AccessKey"] = MotoServer.AccessKey,
                    ["Name"] = "alerts",
                }, new[] { KnownSecret });

            await scope.SucceededAsync(new[] { "req-1", null }, new RecordingLog(), CancellationToken.None);

            var record = Assert.Single(sink.Records);
            Assert.Equal(SpawnAuditOutcome.Success, record.Outcome);
            Assert.Equal(context.CorrelationId, record.CorrelationId);
            Assert.Equal(MotoServer.AccountId, record.Account);
            Assert.StartsWith($"arn:aws:", record.CallerArn);
            Assert.Equal("eu-west-1", record.Region);
            Assert.Equal(new[] { "req-1" }, record.RequestIds);
            Assert.Equal("***", record.Parameters["Value"]);
            Assert.Equal("the password is ***", record.Parameters["Note"]);
            Assert.Equal("***", record.Parameters["SessionToken"]);
            Assert.Equal("https://hooks.example.com/***", record.Parameters["WebhookUrl"]);
            Assert.Equal("AKIA************MPLE", record.Parameters["AccessKey"]);
            Assert.Equal("alerts", record.Parameters["Name"]);
            Assert.True(scope.IsCompleted);
        }

        [Fact]
        public async Task Failure_RecordsErrorCodeAndMaskedMessage_AndOnlyOneRecordPerScope()
        {
            using var context = TestContext.For(_moto);
            var sink = new CapturingSink();
            var scope = new AuditScope(new AuditLog(new[] { sink }), context, "Stop-SpawnInstance", new[] { "i-1" },
                new Dictionary<string, string?>(), new[] { KnownSecret });
            var error = new SpawnException("InstanceProtected", SpawnErrorKind.InvalidOperation, "refused for " + KnownSecret)
            {
                AwsErrorCode = "OperationNotPermitted",
                AwsRequestId = "req-9",
            };

            await scope.FailedAsync(error, new RecordingLog(), CancellationToken.None);
            await scope.SucceededAsync(new[] { "late" }, new RecordingLog(), CancellationToken.None);

            var record = Assert.Single(sink.Records);
            Assert.Equal(SpawnAuditOutcome.Failure, record.Outcome);
            Assert.Equal("OperationNotPermitted", record.ErrorCode);
            Assert.Equal("refused for ***", record.ErrorMessage);
            Assert.Equal(new[] { "req-9" }, record.RequestIds);
        }

        [Fact]
        public async Task ConnectionFailure_IsRecordedWithoutWaitingForACallerLookup()
        {
            var layer = new AwsSettings("test")
            {
                Region = "us-east-1", AccessKey = MotoServer.AccessKey, SecretKey = MotoServer.SecretKey,
                EndpointUrl = "http://127.0.0.1:" + MotoServer.FreePort(),
            };
            using var context = new AwsContextResolver(environment: _ => null).Resolve(new List<AwsSettings> { layer });
            var sink = new CapturingSink();
            var scope = new AuditScope(new AuditLog(new[] { sink }), context, "Protect-SpawnSecret", Array.Empty<string>(),
                new Dictionary<string, string?>(), Array.Empty<string>());
            var watch = Stopwatch.StartNew();

            await scope.FailedAsync(new System.Net.Http.HttpRequestException("connection refused"), new RecordingLog(), CancellationToken.None);

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
            var record = Assert.Single(sink.Records);
            Assert.Null(record.CallerArn);
            Assert.Equal(AwsErrorTranslator.ConnectionFailed, record.ErrorCode);
        }

        [Fact]
        public async Task FailingSink_WarnsWithoutFailing_AndTheOtherSinksStillWrite()
        {
            using var context = TestContext.For(_moto);
            using var files = new AuditTestFiles();
            var log = new RecordingLog();
            var blocked = Path.Combine(files.Directory, "not-a-directory");
            File.WriteAllText(blocked, "a file where the audit directory should be");
            var sink = new CapturingSink();
            var scope = new AuditScope(new AuditLog(new IAuditSink[] { new FileAuditSink(blocked), sink }), context, "Protect-SpawnSecret",
                Array.Empty<string>(), new Dictionary<string, string?>(), Array.Empty<string>());

            await scope.SucceededAsync(Array.Empty<string>(), log, CancellationToken.None);

            Assert.Single(sink.Records);
            var warning = Assert.Single(log.Warnings);
            Assert.Contains("Protect-SpawnSecret was not written to the audit file in " + blocked, warning);
        }

        private sealed class CapturingSink : IAuditSink
        {
            public List<AuditRecord> Records { get; } = new List<AuditRecord>();
            public string Name => "memory";

            public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
            {
                Records.Add(record);
                return Task.CompletedTask;
            }
        }
    }
}
