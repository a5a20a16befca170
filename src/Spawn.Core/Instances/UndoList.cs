using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Diagnostics;

namespace Spawn.Instances
{
    /// <summary>
    /// What a launch has created so far, undone in reverse order when a later step fails. Undo runs even
    /// after Ctrl+C (with its own time limit), and an undo failure is reported as a warning, never in place of
    /// the original error.
    /// </summary>
    public sealed class UndoList
    {
        private static readonly TimeSpan UndoTimeLimit = TimeSpan.FromMinutes(5);
        private readonly Stack<(string What, Func<CancellationToken, Task> Undo)> _steps = new Stack<(string, Func<CancellationToken, Task>)>();
        private readonly IOperationLog _log;

        public UndoList(IOperationLog log) => _log = log;

        public int Count => _steps.Count;

        public void Add(string what, Func<CancellationToken, Task> undo) => _steps.Push((what, undo));

        public async Task RollBackAsync()
        {
            using var limit = new CancellationTokenSource(UndoTimeLimit);
            while (_steps.Count > 0)
            {
                var (what, undo) = _steps.Pop();
                try
                {
                    _log.Verbose("Rolling back: " + what);
                    await undo(limit.Token).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    _log.Warning($"Could not roll back {what}: {Aws.AwsErrorTranslator.Translate(e).Message} Remove it by hand.");
                }
            }
        }
    }
}
