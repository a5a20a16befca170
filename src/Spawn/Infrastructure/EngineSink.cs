using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using Spawn.Diagnostics;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// Carries what the engine reports from its worker thread to the pipeline thread, where PowerShell
    /// allows Write* calls. The engine may call it from any thread; the cmdlet drains it.
    /// </summary>
    internal sealed class EngineSink : IOperationLog
    {
        private readonly BlockingCollection<Action<Cmdlet>> _queue = new BlockingCollection<Action<Cmdlet>>();

        public void Debug(string message) => Post(c => c.WriteDebug(message));
        public void Verbose(string message) => Post(c => c.WriteVerbose(message));
        public void Warning(string message) => Post(c => c.WriteWarning(message));

        public void Progress(OperationProgress progress) => Post(c =>
        {
            var record = new ProgressRecord(progress.ActivityId, progress.Activity, progress.Status)
            {
                PercentComplete = progress.PercentComplete,
                RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
            };
            c.WriteProgress(record);
        });

        /// <summary>Streams an output object (objects are written as the engine produces them, not at the end).</summary>
        public void Emit(object item) => Post(c => c.WriteObject(item));

        /// <summary>A non-terminating error for one item; the operation goes on.</summary>
        public void Error(ErrorRecord record) => Post(c => c.WriteError(record));

        internal void Post(Action<Cmdlet> action)
        {
            try
            {
                _queue.Add(action);
            }
            catch (InvalidOperationException)
            {
                // The cmdlet stopped draining (the pipeline was stopped); late messages are dropped.
            }
        }

        internal void Complete() => _queue.CompleteAdding();

        internal void Drain(Cmdlet cmdlet)
        {
            foreach (var action in _queue.GetConsumingEnumerable())
            {
                action(cmdlet);
            }
        }
    }
}
