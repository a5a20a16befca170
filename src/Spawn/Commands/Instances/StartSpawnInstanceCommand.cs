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
        [Parameter] public SwitchParameter PassThru { get; set; }

        internal override void Act(AwsContext context, SpawnInstance instance)
        {
            if (!ShouldProcess(Describe(instance), "Start instance"))
            {
                return;
            }
            var started = RunEngine((sink, token) => new InstanceLifecycle(context, sink).StartAsync(instance, token));
            if (PassThru)
            {
                WriteObject(started);
            }
        }
    }
}
