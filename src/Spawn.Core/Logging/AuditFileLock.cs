using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Logging
{
    /// <summary>
    /// Serialises appends to the audit directory across threads and processes: an exclusive open of ".lock" (a
    /// Windows sharing lock, flock on Unix), retried with a short random back-off until a deadline. One lock for the
    /// directory, not per file, because the first line of a new day reads the previous day's file.
    /// </summary>
    internal sealed class AuditFileLock : IDisposable
    {
        private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
        private readonly FileStream _stream;

        private AuditFileLock(FileStream stream)
        {
            _stream = stream;
        }

        internal static async Task<AuditFileLock> AcquireAsync(string directory, CancellationToken cancellationToken)
        {
            var path = Path.Combine(directory, ".lock");
            var random = new Random();
            var giveUp = DateTime.UtcNow + Deadline;
            while (true)
            {
                try
                {
                    var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    OwnerOnlyFiles.RestrictFile(path);
                    return new AuditFileLock(stream);
                }
                catch (IOException) when (DateTime.UtcNow < giveUp)
                {
                    await Task.Delay(random.Next(2, 20), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        public void Dispose() => _stream.Dispose();
    }
}
