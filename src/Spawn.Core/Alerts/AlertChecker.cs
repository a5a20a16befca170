using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Diagnostics;

namespace Spawn.Alerts
{
    /// <summary>
    /// One pass over every alert: collects the managed instances once, evaluates each condition on each instance in
    /// scope, sends one message per alert for what newly holds, and records it, so a condition fires once and again only
    /// after it has cleared. Without sending (-WhatIf) nothing is sent or recorded.
    /// </summary>
    public sealed class AlertChecker
    {
        private readonly AwsContext _context;
        private readonly IOperationLog _log;
        private readonly AlertStore _store;
        private readonly AlertNotifier _notifier;
        private readonly PriceTable _prices;

        public AlertChecker(AwsContext context, IOperationLog log)
            : this(context, log, new WebhookSender(log: log), PriceTable.Shipped)
        {
        }

        internal AlertChecker(AwsContext context, IOperationLog log, WebhookSender sender, PriceTable prices)
        {
            _context = context;
            _log = log;
            _store = new AlertStore(context, log);
            _notifier = new AlertNotifier(context, new WebhookCipher(context), sender, log);
            _prices = prices;
        }

        public async Task<IReadOnlyList<SpawnAlertCheckResult>> CheckAsync(Func<string, bool> nameFilter, bool send,
            CancellationToken cancellationToken)
        {
            var alerts = (await _store.ListAsync(cancellationToken).ConfigureAwait(false)).Where(a => nameFilter(a.Name)).ToList();
            var results = new List<SpawnAlertCheckResult>();
            if (alerts.Count == 0)
            {
                _log.Verbose("No alerts to check.");
                return results;
            }
            var subjects = await ManagedInstanceCollector.CollectAsync(_context, cancellationToken).ConfigureAwait(false);
            var now = DateTime.UtcNow;
            var costs = subjects.ToDictionary(s => s.InstanceId, s => CostEstimate.For(s, _prices, now));
            foreach (var subject in subjects.Where(s => costs[s.InstanceId] == null))
            {
                _log.Verbose($"No price for {subject.InstanceType} or its volumes in {subject.Region} in the price table of {_prices.AsOf}; cost conditions skip {subject.InstanceId}.");
            }
            foreach (var alert in alerts)
            {
                results.AddRange(await CheckAsync(alert, subjects, costs, now, send, cancellationToken).ConfigureAwait(false));
            }
            return results;
        }

        private async Task<IEnumerable<SpawnAlertCheckResult>> CheckAsync(AlertDefinition alert, IReadOnlyList<AlertSubject> subjects,
            IReadOnlyDictionary<string, CostEstimate?> costs, DateTime now, bool send, CancellationToken cancellationToken)
        {
            var results = new List<SpawnAlertCheckResult>();
            var holding = new HashSet<string>(StringComparer.Ordinal);
            var firings = new List<AlertFiring>();
            foreach (var subject in subjects.Where(alert.Scope.Matches))
            {
                foreach (var condition in alert.Conditions)
                {
                    var detail = condition.Evaluate(subject, costs[subject.InstanceId], now);
                    if (detail == null)
                    {
                        continue;
                    }
                    var firing = new AlertFiring(subject, condition, detail);
                    holding.Add(firing.Key);
                    if (alert.Fired.ContainsKey(firing.Key))
                    {
                        results.Add(Result(alert, subject, condition.Kind, "StillFiring", detail + " (already sent)", costs, now));
                    }
                    else
                    {
                        firings.Add(firing);
                    }
                }
            }
            var fired = new Dictionary<string, DateTime>(alert.Fired, StringComparer.Ordinal);
            foreach (var key in alert.Fired.Keys.Where(k => !holding.Contains(k)))
            {
                fired.Remove(key);
                var parts = key.Split('|');
                var subject = subjects.FirstOrDefault(s => s.InstanceId == parts[1]);
                results.Add(Result(alert, subject, parts[0], "Cleared",
                    subject == null ? "the instance is gone or no longer managed" : "the condition no longer holds", costs, now, parts[1]));
            }
            if (firings.Count > 0 && !send)
            {
                results.AddRange(firings.Select(f => Result(alert, f.Subject, f.Condition.Kind, "WouldFire", f.Detail, costs, now)));
                return results;
            }
            if (firings.Count > 0)
            {
                var message = new AlertMessage(alert.Name, _context.RegionName, now, firings);
                var (delivered, failed) = await _notifier.DeliverAsync(alert, message, cancellationToken).ConfigureAwait(false);
                foreach (var firing in firings)
                {
                    // Recorded only when some target took it, so an undelivered alert is tried again at the next check.
                    if (delivered.Count > 0)
                    {
                        fired[firing.Key] = now;
                    }
                    var result = Result(alert, firing.Subject, firing.Condition.Kind, delivered.Count > 0 ? "Fired" : "NotDelivered",
                        firing.Detail, costs, now);
                    result.DeliveredTo = delivered.ToArray();
                    result.FailedTo = failed.ToArray();
                    results.Add(result);
                }
            }
            if (send && !SameKeys(fired, alert.Fired))
            {
                await _store.SaveFiredAsync(alert.Name, fired, cancellationToken).ConfigureAwait(false);
            }
            return results;
        }

        private static bool SameKeys(Dictionary<string, DateTime> a, Dictionary<string, DateTime> b) =>
            a.Count == b.Count && a.Keys.All(b.ContainsKey);

        private SpawnAlertCheckResult Result(AlertDefinition alert, AlertSubject? subject, string condition, string state, string detail,
            IReadOnlyDictionary<string, CostEstimate?> costs, DateTime now, string? instanceId = null)
        {
            var cost = subject == null ? null : costs[subject.InstanceId];
            return new SpawnAlertCheckResult
            {
                AlertName = alert.Name,
                InstanceId = subject?.InstanceId ?? instanceId ?? "",
                InstanceName = subject?.Name,
                Condition = condition,
                State = state,
                Detail = detail,
                EstimatedCost = cost == null ? (decimal?)null : decimal.Round(cost.Total, 2),
                PricesAsOf = _prices.AsOf,
                CheckedAt = now,
            };
        }
    }
}
