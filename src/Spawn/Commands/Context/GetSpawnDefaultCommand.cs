using System.Management.Automation;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Context
{
    /// <summary>Shows Spawn's session defaults; secret values are never shown, only whether they are set.</summary>
    [Cmdlet(VerbsCommon.Get, "SpawnDefault")]
    [OutputType(typeof(SpawnDefault))]
    public sealed class GetSpawnDefaultCommand : SpawnCmdlet
    {
        protected override void EndProcessing()
        {
            var values = SessionDefaults.Current;
            if (values != null && !values.IsEmpty)
            {
                WriteObject(DefaultView.Of(values));
            }
        }
    }
}
