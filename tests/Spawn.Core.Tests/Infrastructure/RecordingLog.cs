using System.Collections.Generic;
using Spawn.Diagnostics;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>An operation log that keeps what the engine reports, for assertions (thread-safe).</summary>
    public sealed class RecordingLog : IOperationLog
    {
        private readonly object _gate = new object();

        public List<string> Messages { get; } = new List<string>();
        public List<string> Warnings { get; } = new List<string>();

        public void Debug(string message) => Add(message);
        public void Verbose(string message) => Add(message);
        public void Progress(OperationProgress progress) => Add(progress.Status);

        public void Warning(string message)
        {
            lock (_gate)
            {
                Warnings.Add(message);
                Messages.Add(message);
            }
        }

        private void Add(string message)
        {
            lock (_gate)
            {
                Messages.Add(message);
            }
        }
    }
}
