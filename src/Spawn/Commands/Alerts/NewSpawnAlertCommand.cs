using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;

namespace Spawn.PowerShell.Commands.Alerts
{
    /// <summary>Creates an alert: which managed instances, what makes it fire, and where it goes.</summary>
    [Cmdlet(VerbsCommon.New, "SpawnAlert", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(SpawnAlert))]
    public sealed class NewSpawnAlertCommand : AlertSettingsCmdlet
    {
        private protected override string Action => "Create";

        private protected override Task<SpawnAlert> SaveAsync(AlertService service, AlertChange change, CancellationToken token) =>
            service.CreateAsync(change, token);
    }
}
