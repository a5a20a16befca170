using System.Collections.Concurrent;
using Spawn.Diagnostics;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>An operation log that keeps every message, to assert what was (and was not) written.</summary>
    public sealed class RecordingLog : IOperationLog
    {
        public ConcurrentQueue<string> Messages { get; } = new ConcurrentQueue<string>();
        public void Debug(string message) => Messages.Enqueue(message);
        public void Verbose(string message) => Messages.Enqueue(message);
        public void Warning(string message) => Messages.Enqueue(message);
        public void Progress(OperationProgress progress) => Messages.Enqueue(progress.Status);
    }
}
