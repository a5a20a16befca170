using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Logging;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Logging
{
    public sealed class AuditLogReaderTests
    {
        [Fact]
        public void ReadsEveryFieldBack_WithFileAndLine()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(2);

            var entry = AuditLogReader.Read(files.Directory, new AuditLogQuery(), new RecordingLog()).Last();

            Assert.Equal("Action-2", entry.Action);
            Assert.Equal(AuditTestFiles.Day.AddMinutes(1), entry.Time);
            Assert.Equal(DateTimeKind.Utc, entry.Time.Kind);
            Assert.Equal("corr-Action-2", entry.CorrelationId);
            Assert.Equal("arn:aws:iam::123456789012:user/tester", entry.CallerArn);
            Assert.Equal("123456789012", entry.Account);
            Assert.Equal("eu-west-1", entry.Region);
            Assert.Equal(new[] { "i-0123456789abcdef0" }, entry.Targets);
            Assert.Equal("Action-2", entry.Parameters["name"]);
            Assert.Equal(SpawnAuditOutcome.Success, entry.Outcome);
            Assert.Equal(new[] { "req-Action-2" }, entry.RequestIds);
            Assert.Null(entry.ErrorCode);
            Assert.Equal(file, entry.Path);
            Assert.Equal(2, entry.LineNumber);
        }

        [Fact]
        public async Task FiltersByTimeActionCorrelationOutcomeAndLast()
        {
            using var files = new AuditTestFiles();
            files.WriteDay(5);
            await files.Sink.WriteAsync(AuditTestFiles.Record("Stop-X", AuditTestFiles.Day.AddDays(1), SpawnAuditOutcome.Failure), CancellationToken.None);
            IEnumerable<string> Actions(AuditLogQuery q) => AuditLogReader.Read(files.Directory, q, new RecordingLog()).Select(e => e.Action);

            Assert.Equal(new[] { "Action-2", "Action-3" }, Actions(new AuditLogQuery { After = AuditTestFiles.Day.AddMinutes(1), Before = AuditTestFiles.Day.AddMinutes(2) }));
            Assert.Equal(new[] { "Stop-X" }, Actions(new AuditLogQuery { ActionMatches = a => a.StartsWith("Stop", StringComparison.Ordinal) }));
            Assert.Equal(new[] { "Action-4" }, Actions(new AuditLogQuery { CorrelationIds = new HashSet<string> { "corr-Action-4" } }));
            Assert.Equal(new[] { "Stop-X" }, Actions(new AuditLogQuery { Outcome = SpawnAuditOutcome.Failure }));
            Assert.Equal(new[] { "Action-5", "Stop-X" }, Actions(new AuditLogQuery { Last = 2 }));
            Assert.Empty(Actions(new AuditLogQuery { After = AuditTestFiles.Day.AddDays(2) }));
        }

        [Fact]
        public void LineThatIsNotARecord_IsSkippedWithAWarning()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(2);
            File.AppendAllLines(file, new[] { "garbage" });
            var log = new RecordingLog();

            var entries = AuditLogReader.Read(files.Directory, new AuditLogQuery(), log).ToList();

            Assert.Equal(2, entries.Count);
            Assert.Contains(log.Warnings, w => w.Contains("Line 3") && w.Contains("Test-SpawnAuditLog"));
        }

        [Fact]
        public void MissingDirectory_ReadsAsEmpty() =>
            Assert.Empty(AuditLogReader.Read(Path.Combine(Path.GetTempPath(), "spawn-none-" + Guid.NewGuid().ToString("N")), new AuditLogQuery(), new RecordingLog()));
    }
}
