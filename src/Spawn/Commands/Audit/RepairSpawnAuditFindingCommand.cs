using System.Collections.Generic;
using System.Management.Automation;
using Spawn.Audit;
using Spawn.Audit.Repair;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Audit
{
    /// <summary>Applies the safe fixes to findings from Invoke-SpawnAudit, one ShouldProcess per change.</summary>
    [Cmdlet(VerbsDiagnostic.Repair, "SpawnAuditFinding", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(AuditRepairResult))]
    public sealed class RepairSpawnAuditFindingCommand : SpawnAwsCmdlet
    {
        private readonly List<AuditFinding> _findings = new List<AuditFinding>();

        /// <summary>Findings from Invoke-SpawnAudit; the run's summary, which follows them down the pipeline, is passed over.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [Alias("Finding")]
        public object[] InputObject { get; set; } = new object[0];

        protected override bool AcceptsMultipleRegions => true;

        protected override void ProcessRecord()
        {
            foreach (var item in InputObject)
            {
                var value = item is PSObject wrapped ? wrapped.BaseObject : item;
                if (value is AuditSummary)
                {
                    continue;
                }
                if (!(value is AuditFinding finding))
                {
                    Report(new SpawnValidationException("AuditRepairInputInvalid",
                        $"Repair-SpawnAuditFinding takes findings from Invoke-SpawnAudit, not {value?.GetType().Name ?? "null"}."), item);
                    continue;
                }
                // Summaries and passing findings flow through the same pipeline; only failures with a safe fix are acted on.
                var action = AuditRepairer.Describe(finding);
                if (finding.Status != AuditStatus.Fail || action == null)
                {
                    WriteVerbose($"{finding.CheckId} on {finding.Resource.Id}: nothing to repair ({finding.Status}{(action == null ? ", no safe fix" : "")}).");
                    continue;
                }
                if (ShouldProcess(finding.Resource.Arn, action))
                {
                    _findings.Add(finding);
                }
            }
        }

        protected override void EndProcessing()
        {
            if (_findings.Count == 0)
            {
                return;
            }
            var context = Context;
            foreach (var finding in _findings)
            {
                try
                {
                    var result = RunAudited(context, finding.Resource.Arn, (sink, token) => new AuditRepairer(context).RepairAsync(finding, token));
                    if (result.Disruptive)
                    {
                        WriteWarning($"{finding.Resource.Id}: {result.Disruption}");
                    }
                    WriteObject(result);
                }
                catch (System.Exception e) when (!(e is PipelineStoppedException))
                {
                    Report(e, finding.Resource.Arn);
                }
            }
        }
    }
}
