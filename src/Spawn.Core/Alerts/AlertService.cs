using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Security;

namespace Spawn.Alerts
{
    /// <summary>Creates, reads, changes and removes alerts. Every URL is checked, then encrypted, before it is stored.</summary>
    public sealed class AlertService
    {
        private static readonly Regex AlertName = new Regex(@"\A[A-Za-z0-9][A-Za-z0-9._-]{0,63}\z", RegexOptions.CultureInvariant);

        private readonly AwsContext _context;
        private readonly IOperationLog _log;
        private readonly AlertStore _store;
        private readonly WebhookCipher _cipher;

        public AlertService(AwsContext context, IOperationLog log)
        {
            _context = context;
            _log = log;
            _store = new AlertStore(context, log);
            _cipher = new WebhookCipher(context);
        }

        /// <summary>The checks New-SpawnAlert and Set-SpawnAlert run before any AWS call (and before ShouldProcess).</summary>
        public static void Validate(AlertChange change)
        {
            ValidateName(change.Name);
            foreach (var url in new[] { change.WebhookUrl, change.SlackWebhookUrl }.OfType<string>())
            {
                WebhookSender.RefuseUnsafeUrl(url);
            }
            if (change.SnsTopicArn != null)
            {
                AlertNotifier.TopicRegion(change.SnsTopicArn);
            }
            if (change.CostAbove != null)
            {
                AlertConditions.Create("CostAbove", (double)change.CostAbove.Value);
            }
            if (change.OlderThanHours != null)
            {
                AlertConditions.Create("OlderThan", change.OlderThanHours);
            }
            if (change.AuditSeverity != null)
            {
                _ = new AuditFindingCondition(change.AuditSeverity.Value);
            }
        }

        public static void ValidateName(string name)
        {
            if (!AlertName.IsMatch(name ?? ""))
            {
                throw new SpawnValidationException("AlertNameInvalid",
                    $"'{name}' is not an alert name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.", name);
            }
        }

        public async Task<SpawnAlert> CreateAsync(AlertChange change, CancellationToken cancellationToken)
        {
            Validate(change);
            var now = DateTime.UtcNow;
            var alert = new AlertDefinition { Name = change.Name, Created = now, Modified = now };
            await ApplyAsync(alert, change, cancellationToken).ConfigureAwait(false);
            await _store.CreateAsync(alert, cancellationToken).ConfigureAwait(false);
            _log.Verbose($"Created alert '{alert.Name}': {alert.Scope.Describe()}; {string.Join(", ", alert.Targets)}.");
            return alert.ToOutput(_context.RegionName);
        }

        /// <summary>Changes a stored alert; any change re-arms it (what had fired may fire again).</summary>
        public async Task<SpawnAlert> ChangeAsync(AlertChange change, CancellationToken cancellationToken)
        {
            Validate(change);
            var alert = await _store.GetAsync(change.Name, cancellationToken).ConfigureAwait(false)
                ?? throw AlertStore.NotFound(change.Name);
            await ApplyAsync(alert, change, cancellationToken).ConfigureAwait(false);
            alert.Modified = DateTime.UtcNow;
            alert.Fired.Clear();
            await _store.ReplaceAsync(alert, cancellationToken).ConfigureAwait(false);
            _log.Verbose($"Changed alert '{alert.Name}': {alert.Scope.Describe()}; {string.Join(", ", alert.Targets)}.");
            return alert.ToOutput(_context.RegionName);
        }

        /// <summary>Alerts whose names match the wildcard pattern (all when null), sorted by name.</summary>
        public async Task<IReadOnlyList<SpawnAlert>> ListAsync(Func<string, bool> nameFilter, CancellationToken cancellationToken) =>
            (await _store.ListAsync(cancellationToken).ConfigureAwait(false))
                .Where(a => nameFilter(a.Name)).Select(a => a.ToOutput(_context.RegionName)).ToList();

        public Task RemoveAsync(string name, CancellationToken cancellationToken)
        {
            ValidateName(name);
            return _store.DeleteAsync(name, cancellationToken);
        }

        private async Task ApplyAsync(AlertDefinition alert, AlertChange change, CancellationToken cancellationToken)
        {
            var remove = new HashSet<string>(change.Remove, StringComparer.OrdinalIgnoreCase);
            alert.Scope = new AlertScope(change.Tags ?? alert.Scope.Tags, change.Owner ?? alert.Scope.Owner,
                change.NamePattern ?? alert.Scope.NamePattern);

            var conditions = alert.Conditions.Where(c => !remove.Contains(c.Kind)).ToDictionary(c => c.Kind);
            if (change.CostAbove != null)
            {
                conditions["CostAbove"] = new CostAboveCondition(change.CostAbove.Value);
            }
            if (change.PastTtl == true)
            {
                conditions["PastTtl"] = new PastTtlCondition();
            }
            else if (change.PastTtl == false)
            {
                conditions.Remove("PastTtl");
            }
            if (change.OlderThanHours != null)
            {
                conditions["OlderThan"] = new OlderThanCondition(change.OlderThanHours.Value);
            }
            if (change.AuditSeverity != null)
            {
                conditions["AuditFinding"] = new AuditFindingCondition(change.AuditSeverity.Value);
            }
            alert.Conditions = conditions.Values.OrderBy(c => c.Kind, StringComparer.Ordinal).ToList();
            if (alert.Conditions.Count == 0)
            {
                throw new SpawnValidationException("AlertConditionMissing",
                    "An alert needs at least one condition: -CostAbove, -PastTtl, -OlderThanHours or -AuditSeverity.", alert.Name);
            }

            var previousKey = alert.KmsKeyId;
            alert.KmsKeyId = change.KmsKeyId ?? alert.KmsKeyId;
            var targets = new List<AlertTarget>();
            foreach (var target in alert.Targets.Where(t => !remove.Contains(t.Kind.ToString())))
            {
                var replaced = target.Kind == SpawnAlertTargetKind.Webhook ? change.WebhookUrl != null
                    : target.Kind == SpawnAlertTargetKind.Slack ? change.SlackWebhookUrl != null
                    : change.SnsTopicArn != null;
                if (!replaced)
                {
                    targets.Add(await ReKeyAsync(alert, target, previousKey, cancellationToken).ConfigureAwait(false));
                }
            }
            await AddWebhookAsync(alert, targets, SpawnAlertTargetKind.Webhook, change.WebhookUrl, cancellationToken).ConfigureAwait(false);
            await AddWebhookAsync(alert, targets, SpawnAlertTargetKind.Slack, change.SlackWebhookUrl, cancellationToken).ConfigureAwait(false);
            if (change.SnsTopicArn != null)
            {
                targets.Add(AlertTarget.Topic(change.SnsTopicArn));
            }
            alert.Targets = targets.OrderBy(t => t.Kind).ToList();
            if (alert.Targets.Count == 0)
            {
                throw new SpawnValidationException("AlertTargetMissing",
                    "An alert needs at least one target: -WebhookUrl, -SlackWebhookUrl or -SnsTopicArn.", alert.Name);
            }
            if (alert.Targets.All(t => t.Kind == SpawnAlertTargetKind.Sns))
            {
                alert.KmsKeyId = null;
            }
        }

        private async Task AddWebhookAsync(AlertDefinition alert, List<AlertTarget> targets, SpawnAlertTargetKind kind, string? url,
            CancellationToken cancellationToken)
        {
            if (url == null)
            {
                return;
            }
            var ciphertext = await _cipher.EncryptAsync(alert.Name, RequireKey(alert), url, cancellationToken).ConfigureAwait(false);
            targets.Add(AlertTarget.Webhook(kind, Masking.MaskUrl(url), ciphertext));
        }

        // A kept webhook under a new key is decrypted with the old key and encrypted with the new one.
        private async Task<AlertTarget> ReKeyAsync(AlertDefinition alert, AlertTarget target, string? previousKey, CancellationToken cancellationToken)
        {
            if (target.Ciphertext == null || previousKey == null || previousKey == alert.KmsKeyId)
            {
                return target;
            }
            var url = await _cipher.DecryptAsync(alert.Name, previousKey, target.Ciphertext, cancellationToken).ConfigureAwait(false);
            var ciphertext = await _cipher.EncryptAsync(alert.Name, RequireKey(alert), url, cancellationToken).ConfigureAwait(false);
            return AlertTarget.Webhook(target.Kind, target.Destination, ciphertext);
        }

        private static string RequireKey(AlertDefinition alert) =>
            alert.KmsKeyId ?? throw new SpawnValidationException("AlertKmsKeyMissing",
                "Webhook URLs are stored only encrypted: give -KmsKeyId (a KMS key id, ARN or alias).", alert.Name);
    }
}
