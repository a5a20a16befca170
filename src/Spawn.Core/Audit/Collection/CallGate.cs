using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Audit.Inventory;
using Spawn.Aws;
using Spawn.Diagnostics;

namespace Spawn.Audit.Collection
{
    /// <summary>
    /// Every AWS call of the audit passes here: at most ThrottleLimit at a time, counted, reported as progress, and
    /// turned into Collected data or a recorded error naming the IAM action (after the SDK's own retries).
    /// </summary>
    public sealed class CallGate
    {
        private readonly SemaphoreSlim _slots;
        private readonly IOperationLog _log;
        private int _done;

        public CallGate(int throttleLimit, RequestCounter counter, IOperationLog log)
        {
            _slots = new SemaphoreSlim(Math.Max(1, throttleLimit));
            Counter = counter;
            _log = log;
        }

        public RequestCounter Counter { get; }

        public async Task<Collected<T>> CallAsync<T>(AuditInventory account, string region, AuditApi api, string? resource,
            Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, bool notFoundIsDefault = false)
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                Counter.Add(api);
                var value = await call(cancellationToken).ConfigureAwait(false);
                return Collected<T>.Success(value);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                var spawn = AwsErrorTranslator.Translate(e);
                if (notFoundIsDefault && spawn.ErrorId == AwsErrorTranslator.NotFound)
                {
                    return Collected<T>.Success(default!);
                }
                var error = new AuditCollectionError
                {
                    Account = account.AccountId, Region = region, Action = api.IamAction, ErrorId = spawn.ErrorId,
                    Message = spawn.AwsErrorCode != null ? $"{spawn.AwsErrorCode}: {Shorten(e.Message)}" : Shorten(spawn.Message), Resource = resource,
                };
                lock (account.Errors)
                {
                    account.Errors.Add(error);
                }
                _log.Verbose($"{account.AccountId} {region}: {api.IamAction} failed ({spawn.ErrorId}).");
                return Collected<T>.Failure(error);
            }
            finally
            {
                _slots.Release();
                var done = Interlocked.Increment(ref _done);
                if (done % 25 == 1)
                {
                    _log.Progress(new OperationProgress(1, "Invoke-SpawnAudit", $"Collecting: {done} AWS requests ({region} {api.Name})"));
                }
            }
        }

        /// <summary>Reads every page (NextToken) as separate counted requests; any failed page fails the whole list.</summary>
        public async Task<Collected<IReadOnlyList<TItem>>> PagesAsync<TItem>(AuditInventory account, string region, AuditApi api,
            Func<string?, CancellationToken, Task<(IEnumerable<TItem>? Items, string? Next)>> page, CancellationToken cancellationToken)
        {
            var all = new List<TItem>();
            string? token = null;
            do
            {
                var current = token;
                var result = await CallAsync(account, region, api, null, ct => page(current, ct), cancellationToken).ConfigureAwait(false);
                if (!result.Ok)
                {
                    return Collected<IReadOnlyList<TItem>>.Failure(result.Error!);
                }
                all.AddRange(result.Value.Items ?? Array.Empty<TItem>());
                token = string.IsNullOrEmpty(result.Value.Next) ? null : result.Value.Next;
            }
            while (token != null);
            return Collected<IReadOnlyList<TItem>>.Success(all);
        }

        private static string Shorten(string message) => message.Length > 300 ? message.Substring(0, 300) + "..." : message;
    }
}
