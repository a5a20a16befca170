using System;
using System.Threading;
using Spawn.Diagnostics;
using Spawn.Logging;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// The audit line of one state-changing operation, from a cmdlet: begun with SpawnAwsCmdlet.BeginAudit, ended by
    /// <see cref="Succeeded"/> or <see cref="Failed"/>, whose sink warnings reach the warning stream. Disposed without
    /// either (the pipeline was stopped mid-operation), it still records a failure, quietly and within a few seconds.
    /// </summary>
    internal sealed class CmdletAudit : IDisposable
    {
        private static readonly TimeSpan StoppedWriteLimit = TimeSpan.FromSeconds(5);
        private readonly SpawnCmdlet _cmdlet;
        private readonly AuditScope _scope;

        internal CmdletAudit(SpawnCmdlet cmdlet, AuditScope scope)
        {
            _cmdlet = cmdlet;
            _scope = scope;
        }

        internal void AddTargets(System.Collections.Generic.IEnumerable<string> targets) => _scope.AddTargets(targets);

        internal void Succeeded(params string?[] requestIds) =>
            _cmdlet.RunEngine((sink, token) => _scope.SucceededAsync(requestIds, sink, token));

        internal void Failed(Exception error) =>
            _cmdlet.RunEngine((sink, token) => _scope.FailedAsync(error, sink, token));

        public void Dispose()
        {
            if (_scope.IsCompleted)
            {
                return;
            }
            using var limit = new CancellationTokenSource(StoppedWriteLimit);
            var stopped = new SpawnException("OperationStopped", SpawnErrorKind.OperationStopped, "The operation was stopped before it finished.");
            try
            {
                _scope.FailedAsync(stopped, NullOperationLog.Instance, limit.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                // The pipeline is gone and nobody can be warned; the file sink finishes well within the limit.
            }
        }
    }
}
