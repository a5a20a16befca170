using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Spawn.Diagnostics;

namespace Spawn.Logging
{
    /// <summary>
    /// Reads audit entries from a directory, oldest first, skipping whole days outside the query's time range.
    /// A line that is not a record is skipped with a warning; Test-SpawnAuditLog says what happened to it.
    /// </summary>
    public static class AuditLogReader
    {
        public static IEnumerable<SpawnAuditLogEntry> Read(string directory, AuditLogQuery query, IOperationLog log)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            if (log == null) throw new ArgumentNullException(nameof(log));
            if (query.Last <= 0)
            {
                yield break;
            }
            var last = query.Last is int n ? new Queue<SpawnAuditLogEntry>(n) : null;
            foreach (var file in AuditDirectory.Files(directory))
            {
                if (!query.IncludesDay(AuditDirectory.DayOf(file)!.Value))
                {
                    continue;
                }
                var number = 0;
                foreach (var line in File.ReadLines(file, Encoding.UTF8))
                {
                    number++;
                    var entry = Parse(line, file, number, log);
                    if (entry == null || !query.Matches(entry))
                    {
                        continue;
                    }
                    if (last == null)
                    {
                        yield return entry;
                        continue;
                    }
                    if (last.Count == query.Last)
                    {
                        last.Dequeue();
                    }
                    last.Enqueue(entry);
                }
            }
            foreach (var entry in last ?? new Queue<SpawnAuditLogEntry>())
            {
                yield return entry;
            }
        }

        private static SpawnAuditLogEntry? Parse(string line, string file, int number, IOperationLog log)
        {
            var content = HashChain.Read(line).Content;
            try
            {
                if (content != null)
                {
                    return AuditJson.ReadEntry(content.Value, file, number);
                }
            }
            catch (FormatException)
            {
                // Reported below, like a line that is not JSON.
            }
            log.Warning($"Line {number} of {file} is not an audit record and was skipped; Test-SpawnAuditLog tells what happened to it.");
            return null;
        }
    }
}
