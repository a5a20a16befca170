using System.Management.Automation;
using Spawn.Aws;
using Spawn.Instances;

namespace Spawn.PowerShell.Commands.Instances
{
    /// <summary>
    /// Terminates instances and removes what Spawn created for each (key pair, local key file, DNS
    /// record, per-launch security group). Get-SpawnInstance -Expired | Stop-SpawnInstance is the TTL sweeper.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "SpawnInstance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ById)]
    [OutputType(typeof(SpawnInstance))]
    public sealed class StopSpawnInstanceCommand : SpawnInstanceTargetCmdlet
    {
        /// <summary>Also terminate instances Spawn does not manage, and skip the prompt unless -Confirm is given.</summary>
        [Parameter] public SwitchParameter Force { get; set; }

        protected override bool AllowUnmanaged => Force;

        internal override void Act(AwsContext context, SpawnInstance instance) =>
            Change(context, instance, ShouldProcessUnlessForced(Describe(instance), "Terminate instance", Force), (lifecycle, token) => lifecycle.TerminateAsync(instance, token));
    }
}
