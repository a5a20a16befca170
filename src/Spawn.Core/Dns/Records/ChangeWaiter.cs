using System;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Diagnostics;
using Spawn.Route53;

namespace Spawn.Dns.Records
{
    /// <summary>
    /// Polls GetChange until a change is INSYNC (every Route 53 name server answers with it), reporting progress.
    /// The caller's token stops the wait (Ctrl+C) without undoing the change, which Route 53 applies regardless.
    /// </summary>
    public sealed class ChangeWaiter
    {
        public const string TimedOut = "DnsChangeTimeout";
        private const int ProgressId = 53;

        private readonly Route53Client _route53;
        private readonly IOperationLog _log;
        private readonly TimeSpan _firstDelay;

        /// <param name="firstDelay">The first pause between polls; it doubles up to 10 s (tests pass a short one).</param>
        public ChangeWaiter(Route53Client route53, IOperationLog log, TimeSpan? firstDelay = null)
        {
            _route53 = route53;
            _log = log;
            _firstDelay = firstDelay ?? TimeSpan.FromSeconds(2);
        }

        public async Task<ChangeInfo> WaitAsync(ChangeInfo change, TimeSpan timeout, string what, CancellationToken cancellationToken)
        {
            var started = DateTime.UtcNow;
            var delay = _firstDelay;
            var activity = $"Waiting for Route 53 to apply {what}";
            try
            {
                while (change.Status != ChangeInfo.InSync)
                {
                    var elapsed = DateTime.UtcNow - started;
                    if (elapsed >= timeout)
                    {
                        throw new SpawnException(TimedOut, SpawnErrorKind.OperationStopped,
                            $"Change {change.Id} ({what}) was still {change.Status} after {timeout.TotalSeconds:0} s; Route 53 will still apply it.")
                        {
                            Target = change.Id,
                        };
                    }
                    _log.Progress(new OperationProgress(ProgressId, activity, $"{change.Status} after {elapsed.TotalSeconds:0} s",
                        (int)Math.Min(99, 100 * elapsed.TotalSeconds / timeout.TotalSeconds)));
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
                    change = (await _route53.GetChangeAsync(new GetChangeRequest { Id = change.Id }, cancellationToken).ConfigureAwait(false)).ChangeInfo;
                    _log.Verbose($"Change {change.Id}: {change.Status}.");
                }
                return change;
            }
            finally
            {
                _log.Progress(new OperationProgress(ProgressId, activity, "Done", 100, completed: true));
            }
        }
    }
}
