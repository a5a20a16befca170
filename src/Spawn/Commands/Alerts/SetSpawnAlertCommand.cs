using System;
using System.Management.Automation;
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
        [ValidateSet("CostAbove", "PastTtl", "OlderThan", "Webhook", "Slack", "Sns")]
        public string[] Remove { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            try
            {
                var change = BuildChange(Remove);
                if (!ShouldProcess($"alert '{Name}' in {Context.RegionName}", "Change"))
                {
                    return;
                }
                var context = Context;
                using var audit = BeginAudit(null, Name);
                try
                {
                    WriteObject(RunEngine((sink, token) => new AlertService(context, sink).ChangeAsync(change, token)));
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
    }
}
