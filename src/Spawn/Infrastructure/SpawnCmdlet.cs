using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// Base of every Spawn cmdlet: runs engine work on a worker thread while the pipeline thread writes what
    /// it reports, cancels it on Ctrl+C (StopProcessing), and turns failures into ErrorRecords with stable ids.
    /// </summary>
    public abstract class SpawnCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        protected CancellationToken StopToken => _stopping.Token;

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Runs engine work and returns its result; the engine's messages are written meanwhile.</summary>
        internal T RunEngine<T>(Func<EngineSink, CancellationToken, Task<T>> work)
        {
            var sink = new EngineSink();
            var task = Task.Run(() => work(sink, _stopping.Token));
            task.ContinueWith(_ => sink.Complete(), TaskScheduler.Default);
            sink.Drain(this);
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        internal void RunEngine(Func<EngineSink, CancellationToken, Task> work) =>
            RunEngine<bool>(async (sink, token) =>
            {
                await work(sink, token).ConfigureAwait(false);
                return true;
            });

        /// <summary>Stops the command: for setup failures that leave nothing to do for any input.</summary>
        internal void Fail(Exception exception, object? target = null) =>
            ThrowTerminatingError(ErrorRecordFactory.From(exception, target));

        /// <summary>Reports one item's failure and goes on with the next.</summary>
        internal void Report(Exception exception, object? target = null) =>
            WriteError(ErrorRecordFactory.From(exception, target));

        /// <summary>PowerShell disposes cmdlets at the end of the pipeline, also after a terminating error.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                _stopping.Dispose();
            }
        }
    }
}
