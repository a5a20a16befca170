using System;
using System.Management.Automation;
using Spawn.Alerts;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Alerts
{
    /// <summary>Deletes an alert, its encrypted webhooks and what it had recorded as sent.</summary>
    [Cmdlet(VerbsCommon.Remove, "SpawnAlert", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveSpawnAlertCommand : SpawnAwsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        protected override void ProcessRecord()
        {
            try
            {
                AlertService.ValidateName(Name);
                if (!ShouldProcess($"alert '{Name}' in {Context.RegionName}", "Remove"))
                {
                    return;
                }
                var context = Context;
                using var audit = BeginAudit(null, Name);
                try
                {
                    RunEngine((sink, token) => new AlertService(context, sink).RemoveAsync(Name, token));
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
