using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Security;

namespace Spawn.Logging
{
    /// <summary>
    /// One audited operation: what it is about (action, targets, masked parameters) is fixed at the start; the
    /// outcome, request ids and error come at the end, and exactly one record is written. The caller's identity is
    /// looked up (STS, once per context) when the record is written, except after connection failures, where the
    /// lookup would only fail again.
    /// </summary>
    public sealed class AuditScope
    {
        private readonly AuditLog _log;
        private readonly AwsContext _context;
        private readonly IReadOnlyCollection<string> _knownSecrets;
        private readonly List<string> _targets;
        private int _completed;

        public AuditScope(AuditLog log, AwsContext context, string action, IReadOnlyList<string> targets,
            IEnumerable<KeyValuePair<string, string?>> parameters, IReadOnlyCollection<string> knownSecrets)
        {
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _context = context ?? throw new ArgumentNullException(nameof(context));
            Action = action ?? throw new ArgumentNullException(nameof(action));
            _knownSecrets = knownSecrets ?? throw new ArgumentNullException(nameof(knownSecrets));
            _targets = (targets ?? throw new ArgumentNullException(nameof(targets))).Select(t => Masking.MaskText(t, knownSecrets)).ToList();
            Parameters = AuditParameters.Mask(parameters ?? throw new ArgumentNullException(nameof(parameters)), knownSecrets);
        }

        public string Action { get; }
        public IReadOnlyList<string> Targets => _targets;

        /// <summary>Resources known only once the operation ran (the ids of launched instances).</summary>
        public void AddTargets(IEnumerable<string> targets)
        {
            lock (_targets)
            {
                _targets.AddRange(targets.Select(t => Masking.MaskText(t, _knownSecrets)));
            }
        }
        public IReadOnlyDictionary<string, string> Parameters { get; }

        /// <summary>True once an outcome was recorded; later calls are ignored.</summary>
        public bool IsCompleted => Volatile.Read(ref _completed) != 0;

        public Task SucceededAsync(IEnumerable<string?> requestIds, IOperationLog log, CancellationToken cancellationToken) =>
            CompleteAsync(SpawnAuditOutcome.Success, requestIds, null, log, cancellationToken);

        public Task FailedAsync(Exception error, IOperationLog log, CancellationToken cancellationToken)
        {
            var spawn = AwsErrorTranslator.Translate(error ?? throw new ArgumentNullException(nameof(error)));
            return CompleteAsync(SpawnAuditOutcome.Failure, new[] { spawn.AwsRequestId }, spawn, log, cancellationToken);
        }

        private async Task CompleteAsync(SpawnAuditOutcome outcome, IEnumerable<string?> requestIds, SpawnException? error,
            IOperationLog log, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _completed, 1) != 0)
            {
                return;
            }
            var lookUpCaller = error == null
                || (error.Kind != SpawnErrorKind.ConnectionError && error.Kind != SpawnErrorKind.OperationStopped);
            var caller = lookUpCaller ? await TryGetCallerAsync(log, cancellationToken).ConfigureAwait(false) : null;
            var record = new AuditRecord(DateTime.UtcNow, _context.CorrelationId, Action, outcome)
            {
                CallerArn = caller?.Arn,
                Account = caller?.Account,
                Region = _context.RegionName,
                Targets = Targets,
                Parameters = Parameters,
                RequestIds = (requestIds ?? Enumerable.Empty<string?>()).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToList(),
                ErrorCode = error == null ? null : error.AwsErrorCode ?? error.ErrorId,
                ErrorMessage = error == null ? null : Masking.MaskText(error.Message, _knownSecrets),
            };
            await _log.WriteAsync(record, log, cancellationToken).ConfigureAwait(false);
        }

        private async Task<CallerIdentity?> TryGetCallerAsync(IOperationLog log, CancellationToken cancellationToken)
        {
            try
            {
                return await _context.GetCallerAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                log.Debug("The audit record has no caller: " + Masking.MaskText(AwsErrorTranslator.Translate(e).Message, _knownSecrets));
                return null;
            }
        }
    }
}
