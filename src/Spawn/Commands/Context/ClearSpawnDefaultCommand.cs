using System.Management.Automation;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Context
{
    /// <summary>Forgets Spawn's session defaults (including stored keys) for this session.</summary>
    [Cmdlet(VerbsCommon.Clear, "SpawnDefault", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class ClearSpawnDefaultCommand : SpawnCmdlet
    {
        protected override void EndProcessing()
        {
            if (ShouldProcess("Spawn session defaults", "Clear"))
            {
                SessionDefaults.Clear();
            }
        }
    }
}
