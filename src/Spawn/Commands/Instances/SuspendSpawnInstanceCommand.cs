using System.Management.Automation;
using Spawn.Aws;
using Spawn.Instances;

namespace Spawn.PowerShell.Commands.Instances
{
    /// <summary>Stops instances without terminating them (EC2 StopInstances); Start-SpawnInstance resumes them.</summary>
    [Cmdlet(VerbsLifecycle.Suspend, "SpawnInstance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ById)]
    [OutputType(typeof(SpawnInstance))]
    public sealed class SuspendSpawnInstanceCommand : SpawnInstanceTargetCmdlet
    {
        internal override void Act(AwsContext context, SpawnInstance instance) =>
            Change(context, instance, ShouldProcess(Describe(instance), "Stop (suspend) instance"), (lifecycle, token) => lifecycle.StopAsync(instance, token));
    }
}
