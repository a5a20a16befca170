using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Spawn.Logging;
using Spawn.Logging.Sinks;

namespace Spawn.Tests.Logging
{
    /// <summary>A throw-away audit directory and records to fill it with.</summary>
    public sealed class AuditTestFiles : IDisposable
    {
        public static readonly DateTime Day = new DateTime(2025, 3, 14, 9, 0, 0, DateTimeKind.Utc);

        public AuditTestFiles()
        {
            Directory = System.IO.Directory.CreateTempSubdirectory("spawn-audit-").FullName;
            Sink = new FileAuditSink(Directory);
        }

        public string Directory { get; }
        public FileAuditSink Sink { get; }

        public static AuditRecord Record(string action, DateTime time, SpawnAuditOutcome outcome = SpawnAuditOutcome.Success) =>
            new AuditRecord(time, "corr-" + action, action, outcome)
            {
                CallerArn = "arn:aws:iam::123456789012:user/tester",
                Account = "123456789012",
                Region = "eu-west-1",
                Targets = new[] { "i-0123456789abcdef0" },
                Parameters = new Dictionary<string, string> { ["Name"] = action },
                RequestIds = new[] { "req-" + action },
            };

        /// <summary>Writes <paramref name="count"/> records on <see cref="Day"/>, a minute apart, and returns the day's file.</summary>
        public string WriteDay(int count, DateTime? day = null)
        {
            var start = day ?? Day;
            for (var i = 0; i < count; i++)
            {
                Sink.WriteAsync(Record("Action-" + (i + 1), start.AddMinutes(i)), CancellationToken.None).GetAwaiter().GetResult();
            }
            return AuditDirectory.FileFor(Directory, start);
        }

        public static void Rewrite(string file, Func<List<string>, IEnumerable<string>> change) =>
            File.WriteAllLines(file, change(File.ReadAllLines(file).ToList()));

        public SpawnAuditLogVerification Verify() => AuditLogVerifier.Verify(AuditDirectory.Files(Directory));

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
