using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Logging.Sinks
{
    /// <summary>
    /// The default sink: appends one sealed line per record to the day's file (see <see cref="HashChain"/> for how
    /// lines chain and <see cref="AuditDirectory"/> for where files live), under the directory lock, owner-only.
    /// </summary>
    public sealed class FileAuditSink : IAuditSink
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public FileAuditSink(string directory)
        {
            Directory = directory;
        }

        public string Directory { get; }

        public string Name => "the audit file in " + Directory;

        public async Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
        {
            OwnerOnlyFiles.EnsureDirectory(Directory);
            using (await AuditFileLock.AcquireAsync(Directory, cancellationToken).ConfigureAwait(false))
            {
                var path = AuditDirectory.FileFor(Directory, record.Time);
                var lines = File.Exists(path) ? File.ReadAllLines(path, Utf8) : new string[0];
                var previous = lines.Length > 0 ? HashChain.Read(lines[lines.Length - 1]).Hash : LastHashBefore(path);
                var line = HashChain.Seal(lines.Length + 1, previous, w => AuditJson.WriteFields(w, record));

                using (var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read))
                {
                    OwnerOnlyFiles.RestrictFile(path);
                    // A line cut short by a crash stays as it is (the verifier reports it); the new line starts on its own.
                    var separator = stream.Length > 0 && !EndsWithNewline(path) ? "\n" : "";
                    var bytes = Utf8.GetBytes(separator + line + "\n");
                    await stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                }
            }
        }

        /// <summary>The hash of the last line of the newest file before this day's, or the genesis value.</summary>
        private string LastHashBefore(string path)
        {
            var earlier = AuditDirectory.Files(Directory).Where(f => string.CompareOrdinal(f, path) < 0).LastOrDefault();
            var last = earlier == null ? null : File.ReadAllLines(earlier, Utf8).LastOrDefault();
            return last == null ? HashChain.Genesis : HashChain.Read(last).Hash;
        }

        private static bool EndsWithNewline(string path)
        {
            using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            reader.Seek(-1, SeekOrigin.End);
            return reader.ReadByte() == '\n';
        }
    }
}
