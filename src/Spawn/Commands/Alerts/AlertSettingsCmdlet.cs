using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Alerts
{
    /// <summary>
    /// The parameters New-SpawnAlert and Set-SpawnAlert share: scope, conditions, targets and the KMS key. Webhook
    /// URLs are SecureStrings (a plain string is accepted and converted at once) and become plain only on their way
    /// into the engine, which encrypts them before anything is stored or shown.
    /// </summary>
    public abstract class AlertSettingsCmdlet : SpawnAwsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        [Parameter]
        [ValidateNotNull]
        public Hashtable? Tag { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Owner { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? NamePattern { get; set; }

        [Parameter]
        public decimal? CostAbove { get; set; }

        [Parameter]
        public SwitchParameter PastTtl { get; set; }

        [Parameter]
        public double? OlderThanHours { get; set; }

        [Parameter]
        [ValidateSet("Low", "Medium", "High", "Critical", IgnoreCase = true)]
        public Spawn.Audit.AuditSeverity? AuditSeverity { get; set; }

        [Parameter]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString? WebhookUrl { get; set; }

        [Parameter]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString? SlackWebhookUrl { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? SnsTopicArn { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? KmsKeyId { get; set; }

        /// <summary>Conditions or target kinds to drop (Set-SpawnAlert only).</summary>
        private protected virtual IReadOnlyCollection<string> Removed => Array.Empty<string>();

        /// <summary>"Create" or "Change", for ShouldProcess.</summary>
        private protected abstract string Action { get; }

        private protected abstract Task<SpawnAlert> SaveAsync(AlertService service, AlertChange change, CancellationToken token);

        protected override void ProcessRecord()
        {
            try
            {
                var change = BuildChange(Removed);
                if (!ShouldProcess($"alert '{Name}' in {Context.RegionName}", Action))
                {
                    return;
                }
                var context = Context;
                using var audit = BeginAudit(null, Name);
                try
                {
                    WriteObject(RunEngine((sink, token) => SaveAsync(new AlertService(context, sink), change, token)));
                    audit.Succeeded();
                }
                catch (Exception e) when (!(e is PipelineStoppedException))
                {
                    audit.Failed(e);
                    throw;
                }
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                Report(e, Name);
            }
        }

        /// <summary>The change to send to the engine, validated (no AWS call) so bad input fails before ShouldProcess.</summary>
        private AlertChange BuildChange(IReadOnlyCollection<string> remove)
        {
            var change = new AlertChange
            {
                Name = Name,
                Tags = Tag == null ? null : ToDictionary(Tag),
                Owner = Owner,
                NamePattern = NamePattern,
                CostAbove = CostAbove,
                PastTtl = MyInvocation.BoundParameters.ContainsKey(nameof(PastTtl)) ? PastTtl.IsPresent : (bool?)null,
                OlderThanHours = OlderThanHours,
                AuditSeverity = AuditSeverity,
                WebhookUrl = SecureStrings.ToPlain(WebhookUrl),
                SlackWebhookUrl = SecureStrings.ToPlain(SlackWebhookUrl),
                SnsTopicArn = SnsTopicArn,
                KmsKeyId = KmsKeyId,
                Remove = remove,
            };
            AlertService.Validate(change);
            return change;
        }

        private static Dictionary<string, string> ToDictionary(Hashtable table)
        {
            var tags = new Dictionary<string, string>();
            foreach (DictionaryEntry entry in table)
            {
                tags[entry.Key.ToString()!] = entry.Value?.ToString() ?? "";
            }
            return tags;
        }
    }
}
