using System;
using System.Management.Automation;
using Spawn.Alerts;

namespace Spawn.PowerShell.Commands.Alerts
{
    /// <summary>Creates an alert: which managed instances, what makes it fire, and where it goes.</summary>
    [Cmdlet(VerbsCommon.New, "SpawnAlert", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(SpawnAlert))]
    public sealed class NewSpawnAlertCommand : AlertSettingsCmdlet
    {
        protected override void ProcessRecord()
        {
            try
            {
                var change = BuildChange(Array.Empty<string>());
                if (!ShouldProcess($"alert '{Name}' in {Context.RegionName}", "Create"))
                {
                    return;
                }
                var context = Context;
                using var audit = BeginAudit(null, Name);
                try
                {
                    WriteObject(RunEngine((sink, token) => new AlertService(context, sink).CreateAsync(change, token)));
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
