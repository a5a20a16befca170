using System.Linq;
using System.Management.Automation;
using Spawn.Audit;
using Spawn.Audit.Catalogue;
using Spawn.Audit.Engine;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Audit
{
    /// <summary>Lists the audit checks with severities, framework mappings and the IAM actions each needs.</summary>
    [Cmdlet(VerbsCommon.Get, "SpawnAuditCheck")]
    [OutputType(typeof(AuditCheck))]
    public sealed class GetSpawnAuditCheckCommand : SpawnCmdlet
    {
        [Parameter(Position = 0)]
        [ArgumentCompleter(typeof(AuditCheckIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? CheckId { get; set; }

        [Parameter]
        [Alias("Baseline")]
        [ValidateSet("nist-800-53-low", "nist-800-53-moderate", "nist-800-53-high", "nist-800-171", "cis", "hipaa", "pci", "soc2", IgnoreCase = true)]
        public string? Framework { get; set; }

        protected override void EndProcessing()
        {
            try
            {
                foreach (var definition in CheckSelection.Select(Framework?.ToLowerInvariant(), CheckId ?? new string[0], new string[0]))
                {
                    WriteObject(CheckCatalogue.Describe(definition));
                }
            }
            catch (System.Exception e) when (!(e is PipelineStoppedException))
            {
                Fail(e);
            }
        }
    }
}
