using System.Management.Automation;
using Spawn.Aws;
using Spawn.Instances;

namespace Spawn.PowerShell.Commands.Instances
{
    /// <summary>Starts suspended (stopped) instances again.</summary>
    [Cmdlet(VerbsLifecycle.Start, "SpawnInstance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ById)]
    [OutputType(typeof(SpawnInstance))]
    public sealed class StartSpawnInstanceCommand : SpawnInstanceTargetCmdlet
    {
        internal override void Act(AwsContext context, SpawnInstance instance) =>
            Change(context, instance, ShouldProcess(Describe(instance), "Start instance"), (lifecycle, token) => lifecycle.StartAsync(instance, token));
    }
}
