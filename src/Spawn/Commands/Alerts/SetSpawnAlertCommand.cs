using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;

namespace Spawn.PowerShell.Commands.Alerts
{
    /// <summary>Changes an alert; the values given replace the stored ones, and the alert is re-armed.</summary>
    [Cmdlet(VerbsCommon.Set, "SpawnAlert", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SpawnAlert))]
    public sealed class SetSpawnAlertCommand : AlertSettingsCmdlet
    {
        /// <summary>Conditions or target kinds to drop.</summary>
        [Parameter]
        [ValidateSet("CostAbove", "PastTtl", "OlderThan", "AuditFinding", "Webhook", "Slack", "Sns")]
        public string[] Remove { get; set; } = Array.Empty<string>();

        private protected override IReadOnlyCollection<string> Removed => Remove;

        private protected override string Action => "Change";

        private protected override Task<SpawnAlert> SaveAsync(AlertService service, AlertChange change, CancellationToken token) =>
            service.ChangeAsync(change, token);
    }
}
