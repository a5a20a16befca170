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
        [Parameter] public SwitchParameter PassThru { get; set; }

        internal override void Act(AwsContext context, SpawnInstance instance)
        {
            if (!ShouldProcess(Describe(instance), "Stop (suspend) instance"))
            {
                return;
            }
            var stopped = RunEngine((sink, token) => new InstanceLifecycle(context, sink).StopAsync(instance, token));
            if (PassThru)
            {
                WriteObject(stopped);
            }
        }
    }
}
