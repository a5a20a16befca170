using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Logging;
using Spawn.Logging.Sinks;
using Xunit;

namespace Spawn.Tests.Logging
{
    public sealed class FileAuditSinkTests
    {
        [Fact]
        public void FirstLineEver_ChainsToGenesis_AndEachDayToThePreviousDaysLastLine()
        {
            using var files = new AuditTestFiles();
            var first = files.WriteDay(2);
            var second = files.WriteDay(1, AuditTestFiles.Day.AddDays(2));

            Assert.EndsWith("audit-2025-03-14.jsonl", first);
            Assert.EndsWith("audit-2025-03-16.jsonl", second);
            Assert.Equal(HashChain.Genesis, HashChain.Read(File.ReadLines(first).First()).PreviousHash);
            Assert.Equal(HashChain.Read(File.ReadLines(first).Last()).Hash, HashChain.Read(File.ReadLines(second).First()).PreviousHash);
        }

        [Fact]
        public async Task AuditFileAndDirectory_AreOwnerOnly()
        {
            if (OperatingSystem.IsWindows())
            {
                return; // %LOCALAPPDATA%'s ACL does this on Windows.
            }
            using var files = new AuditTestFiles();
            var directory = Path.Combine(files.Directory, "nested", "audit");
            var sink = new FileAuditSink(directory);
            await sink.WriteAsync(AuditTestFiles.Record("A", AuditTestFiles.Day), CancellationToken.None);

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AuditDirectory.FileFor(directory, AuditTestFiles.Day)));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        }

        [Fact]
        public void ExistingFileWithWideMode_IsRestrictedOnTheNextWrite()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }
            using var files = new AuditTestFiles();
            var file = files.WriteDay(1);
            File.SetUnixFileMode(file, (UnixFileMode)0x1A4); // 0644

            files.WriteDay(1);

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        [Fact]
        public async Task ConcurrentWriters_OnSeveralThreads_KeepOneValidChain()
        {
            using var files = new AuditTestFiles();
            const int writers = 8, each = 15;

            // Each writer has its own sink (as separate processes would), so only the directory lock keeps them apart.
            await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                var sink = new FileAuditSink(files.Directory);
                for (var i = 0; i < each; i++)
                {
                    await sink.WriteAsync(AuditTestFiles.Record($"W{w}-{i}", AuditTestFiles.Day), CancellationToken.None);
                }
            })));

            var result = files.Verify();
            Assert.True(result.IsValid, result.Message);
            Assert.Equal(writers * each, result.LineCount);
        }

        [Fact]
        public void LineCutShortByACrash_IsReportedAndLaterLinesStartOnTheirOwn()
        {
            using var files = new AuditTestFiles();
            var file = files.WriteDay(2);
            File.AppendAllText(file, "{\"seq\":3,\"time\":");

            files.WriteDay(1);

            var lines = File.ReadAllLines(file);
            Assert.Equal(4, lines.Length);
            Assert.True(HashChain.Read(lines[3]).IsSealed);
            var result = files.Verify();
            Assert.Equal(3, result.LineNumber);
            Assert.Equal(SpawnAuditChainBreak.Edited, result.Reason);
        }
    }
}
