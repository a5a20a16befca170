using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Spawn.Audit;
using Spawn.Audit.Engine;
using Spawn.Audit.Reporting;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Audit
{
    /// <summary>Audits Spawn-managed instances and what governs them; streams findings, then one summary.</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "SpawnAudit")]
    [OutputType(typeof(AuditFinding), typeof(AuditSummary))]
    public sealed class InvokeSpawnAuditCommand : SpawnAwsCmdlet
    {
        private readonly List<string> _instanceIds = new List<string>();

        [Parameter]
        [Alias("Baseline")]
        [ValidateSet("nist-800-53-low", "nist-800-53-moderate", "nist-800-53-high", "nist-800-171", "cis", "hipaa", "pci", "soc2", IgnoreCase = true)]
        public string? Framework { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(AuditCheckIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? CheckId { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(AuditCheckIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? ExcludeCheckId { get; set; }

        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidatePattern(@"^i-[0-9a-f]{8,17}$")]
        public string[]? InstanceId { get; set; }

        [Parameter]
        [ValidatePattern(@"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]+$")]
        public string[]? RoleArn { get; set; }

        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 10;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? SuppressionPath { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? CompareTo { get; set; }

        [Parameter]
        [ValidateSet("Json", "Csv", "Sarif", "JUnit", "Html", IgnoreCase = true)]
        public string? OutputFormat { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? OutputPath { get; set; }

        [Parameter]
        public AuditSeverity FailOnSeverity { get; set; } = AuditSeverity.High;

        [Parameter]
        public SwitchParameter EnableExit { get; set; }

        protected override bool AcceptsMultipleRegions => true;

        protected override void ProcessRecord()
        {
            if (InstanceId != null)
            {
                _instanceIds.AddRange(InstanceId);
            }
        }

        protected override void EndProcessing()
        {
            try
            {
                if ((OutputFormat == null) != (OutputPath == null))
                {
                    throw new SpawnValidationException("AuditOutputNeedsBoth", "-OutputFormat and -OutputPath go together.");
                }
                var options = new AuditOptions
                {
                    Regions = Region ?? new string[0],
                    InstanceIds = _instanceIds.Distinct().ToList(),
                    RoleArns = RoleArn ?? new string[0],
                    Framework = Framework?.ToLowerInvariant(),
                    CheckIds = CheckId ?? new string[0],
                    ExcludeCheckIds = ExcludeCheckId ?? new string[0],
                    ThrottleLimit = ThrottleLimit,
                    FailOnSeverity = FailOnSeverity,
                    Suppressions = SuppressionPath == null ? null : SuppressionFile.Read(SessionState.Path.GetUnresolvedProviderPathFromPSPath(SuppressionPath)),
                    Previous = CompareTo == null ? null : AuditFiles.ReadComparison(SessionState.Path.GetUnresolvedProviderPathFromPSPath(CompareTo)),
                };
                var context = Context;
                var (summary, findings) = RunEngine(async (sink, token) =>
                {
                    var engine = new AuditRunner(options, sink);
                    var result = await engine.RunAsync(context, f => sink.Emit(f), token).ConfigureAwait(false);
                    return (result, engine.Findings);
                });
                foreach (var rule in summary.ExpiredSuppressions)
                {
                    WriteWarning($"Suppression '{rule}' has expired; the findings it matched are open again.");
                }
                foreach (var rule in summary.UnusedSuppressions)
                {
                    WriteWarning($"Suppression '{rule}' matched no finding; remove it or fix its scope.");
                }
                if (OutputFormat != null)
                {
                    var format = (ReportFormat)Enum.Parse(typeof(ReportFormat), OutputFormat, true);
                    ReportWriter.Write(format, SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutputPath), summary, findings);
                }
                WriteObject(summary);
                if (EnableExit && summary.ExitCode != AuditSummary.ExitClean)
                {
                    Host.SetShouldExit(summary.ExitCode);
                }
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                if (EnableExit)
                {
                    Host.SetShouldExit(AuditSummary.ExitFatal);
                }
                Fail(e);
            }
        }
    }
}
