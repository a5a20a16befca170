using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Audit;
using Spawn.Audit.Engine;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Instances;

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
        private readonly PriceBook _prices;
        private readonly Func<AuditOptions, CancellationToken, Task<IReadOnlyList<AuditFinding>>> _audit;

        public AlertChecker(AwsContext context, IOperationLog log, SpawnPriceSource priceSource = SpawnPriceSource.Auto)
            : this(context, log, new WebhookSender(log: log), PriceBook.For(priceSource, context, log))
        {
        }

        internal AlertChecker(AwsContext context, IOperationLog log, WebhookSender sender, PriceBook prices,
            Func<AuditOptions, CancellationToken, Task<IReadOnlyList<AuditFinding>>>? audit = null)
        {
            _audit = audit ?? RunAuditAsync;
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
            await EstimateCostsAsync(alerts, subjects, now, send, cancellationToken).ConfigureAwait(false);
            await AttachAuditAsync(alerts, subjects, cancellationToken).ConfigureAwait(false);
            foreach (var alert in alerts)
            {
                results.AddRange(await CheckAsync(alert, subjects, now, send, cancellationToken).ConfigureAwait(false));
            }
            return results;
        }

        private async Task<IEnumerable<SpawnAlertCheckResult>> CheckAsync(AlertDefinition alert, IReadOnlyList<AlertSubject> subjects,
            DateTime now, bool send, CancellationToken cancellationToken)
        {
            var results = new List<SpawnAlertCheckResult>();
            var holding = new HashSet<string>(StringComparer.Ordinal);
            var firings = new List<AlertFiring>();
            foreach (var subject in subjects.Where(alert.Scope.Matches))
            {
                foreach (var condition in alert.Conditions)
                {
                    var undecided = condition.Undecided(subject);
                    if (undecided != null)
                    {
                        // Not known is not cleared: what fired stays recorded until the data can be read again.
                        var key = condition.Kind + "|" + subject.InstanceId;
                        holding.Add(key);
                        results.Add(Result(alert, subject, condition.Kind, "Unknown",
                            undecided + (alert.Fired.ContainsKey(key) ? " (fired before; not cleared)" : ""), now));
                        continue;
                    }
                    var detail = condition.Evaluate(subject, now);
                    if (detail == null)
                    {
                        continue;
                    }
                    var firing = new AlertFiring(subject, condition, detail);
                    holding.Add(firing.Key);
                    if (alert.Fired.ContainsKey(firing.Key))
                    {
                        results.Add(Result(alert, subject, condition.Kind, "StillFiring", detail + " (already sent)", now));
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
                    subject == null ? "the instance is gone or no longer managed" : "the condition no longer holds", now, parts[1]));
            }
            if (firings.Count > 0 && !send)
            {
                results.AddRange(firings.Select(f => Result(alert, f.Subject, f.Condition.Kind, "WouldFire", f.Detail, now)));
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
                        firing.Detail, now);
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

        /// <summary>
        /// Prices the instances that cost alerts watch (their results, and other results for them, show the estimate);
        /// a check without cost alerts looks no price up.
        /// </summary>
        private async Task EstimateCostsAsync(IReadOnlyList<AlertDefinition> alerts, IReadOnlyList<AlertSubject> subjects, DateTime now,
            bool send, CancellationToken cancellationToken)
        {
            var costAlerts = alerts.Where(a => a.Conditions.Any(c => c is CostAboveCondition)).ToList();
            foreach (var subject in subjects.Where(s => costAlerts.Any(a => a.Scope.Matches(s))))
            {
                await _prices.EstimateAsync(subject, now, cancellationToken).ConfigureAwait(false);
                if (subject.Cost == null)
                {
                    _log.Verbose($"{subject.InstanceId}: {subject.CostUnknown}.");
                }
                // An instance stopped outside Spawn (its TTL agent, the console): its last run period is recorded so that
                // it still counts after the next start. Not with -WhatIf, which changes nothing.
                subject.RunHours(now, out var finished);
                if (send && finished != null)
                {
                    await RunHoursRecorder.RecordAsync(_context, subject.InstanceId, finished, _log, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        /// <summary>
        /// Runs the audit once for the pass, when some alert has an AuditFinding condition, over the instances those alerts
        /// watch, and gives each instance its failing checks and unreadable checks.
        /// </summary>
        private async Task AttachAuditAsync(IReadOnlyList<AlertDefinition> alerts, IReadOnlyList<AlertSubject> subjects,
            CancellationToken cancellationToken)
        {
            var auditing = alerts.Where(a => a.Conditions.Any(c => c.NeedsAudit)).ToList();
            var watched = subjects.Where(s => auditing.Any(a => a.Scope.Matches(s))).ToList();
            if (watched.Count == 0)
            {
                return;
            }
            foreach (var subject in watched)
            {
                subject.Audit = new AlertAudit();
            }
            var byId = watched.ToDictionary(s => s.InstanceId, StringComparer.Ordinal);
            _log.Verbose($"Auditing {watched.Count} instance(s) in {_context.RegionName} for the AuditFinding conditions.");
            var options = new AuditOptions
            {
                Regions = new[] { _context.RegionName },
                InstanceIds = watched.Select(s => s.InstanceId).ToList(),
            };
            IReadOnlyList<AuditFinding> findings;
            try
            {
                findings = await _audit(options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                var spawn = AwsErrorTranslator.Translate(e);
                _log.Warning($"The audit for the AuditFinding conditions failed ({spawn.ErrorId}); they are reported as Unknown.");
                foreach (var subject in watched)
                {
                    subject.Audit!.Unavailable = spawn.ErrorId;
                }
                return;
            }
            foreach (var finding in findings)
            {
                if (finding.Resource.Type == "AWS::EC2::Instance" && byId.TryGetValue(finding.Resource.Id, out var subject))
                {
                    var audit = subject.Audit!;
                    audit.Evaluated = true;
                    if (finding.Status == AuditStatus.Fail && !finding.Suppressed)
                    {
                        audit.Failing.Add((finding.CheckId, finding.EffectiveSeverity));
                    }
                    else if (finding.Status == AuditStatus.Error)
                    {
                        audit.ErrorCheckIds.Add(finding.CheckId);
                    }
                }
                else if (finding.Status == AuditStatus.Error && finding.Resource.Type == "Spawn::Audit::Scan"
                    && finding.Resource.Region == _context.RegionName)
                {
                    // The region's instance list could not be read: no instance check could judge any instance.
                    foreach (var audit in watched.Select(s => s.Audit!))
                    {
                        audit.ErrorCheckIds.Add(finding.CheckId);
                    }
                }
            }
        }

        private async Task<IReadOnlyList<AuditFinding>> RunAuditAsync(AuditOptions options, CancellationToken cancellationToken)
        {
            var runner = new AuditRunner(options, _log);
            await runner.RunAsync(_context, _ => { }, cancellationToken).ConfigureAwait(false);
            return runner.Findings;
        }

        private static bool SameKeys(Dictionary<string, DateTime> a, Dictionary<string, DateTime> b) =>
            a.Count == b.Count && a.Keys.All(b.ContainsKey);

        private static SpawnAlertCheckResult Result(AlertDefinition alert, AlertSubject? subject, string condition, string state, string detail,
            DateTime now, string? instanceId = null)
        {
            var cost = subject?.Cost;
            return new SpawnAlertCheckResult
            {
                AlertName = alert.Name,
                InstanceId = subject?.InstanceId ?? instanceId ?? "",
                InstanceName = subject?.Name,
                Condition = condition,
                State = state,
                Detail = detail,
                EstimatedCost = cost == null ? (decimal?)null : decimal.Round(cost.Total, 2),
                PriceSource = cost?.Source,
                PricesAsOf = cost?.PricesAsOf,
                CheckedAt = now,
            };
        }
    }
}
