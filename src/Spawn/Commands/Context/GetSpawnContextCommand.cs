using System.Management.Automation;
using Spawn.Aws;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Context
{
    /// <summary>Shows the account, caller, region, endpoint and credential source Spawn would use.</summary>
    [Cmdlet(VerbsCommon.Get, "SpawnContext")]
    [OutputType(typeof(SpawnContext))]
    public sealed class GetSpawnContextCommand : SpawnAwsCmdlet
    {
        protected override void EndProcessing()
        {
            var context = Context;
            try
            {
                WriteObject(RunEngine((sink, token) => ContextDescriber.DescribeAsync(context, token)));
            }
            catch (System.Exception e) when (!(e is PipelineStoppedException))
            {
                Fail(e);
            }
        }
    }
}
