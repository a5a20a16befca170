using System;
using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Suppressions;

namespace Spawn.Audit.Engine
{
    /// <summary>Fills the summary's counts, coverage and exit code from the findings of the run.</summary>
    public static class SummaryCounts
    {
        public static void Fill(AuditSummary summary, IReadOnlyList<AuditFinding> findings, SuppressionSet? suppressions)
        {
            summary.Findings = findings.Count;
            summary.ByStatus = Enum.GetValues(typeof(AuditStatus)).Cast<AuditStatus>()
                .ToDictionary(s => s.ToString(), s => findings.Count(f => f.Status == s));
            var failing = findings.Where(f => f.Status == AuditStatus.Fail && !f.Suppressed).ToList();
            summary.FailBySeverity = Enum.GetValues(typeof(AuditSeverity)).Cast<AuditSeverity>().Reverse()
                .ToDictionary(s => s.ToString(), s => failing.Count(f => f.EffectiveSeverity == s));
            summary.ByChange = findings.Where(f => f.ChangeType != AuditChangeType.None).GroupBy(f => f.ChangeType.ToString())
                .ToDictionary(g => g.Key, g => g.Count());
            summary.Failing = failing.Count(f => f.EffectiveSeverity >= summary.FailOnSeverity);
            summary.Suppressed = findings.Count(f => f.Suppressed);
            summary.ExpiredSuppressions = suppressions?.Expired ?? new string[0];
            summary.UnusedSuppressions = suppressions?.Unused ?? new string[0];
            var errors = findings.Count(f => f.Status == AuditStatus.Error);
            summary.CoveragePercent = findings.Count == 0 ? 100 : Math.Round(100.0 * (findings.Count - errors) / findings.Count, 1);
            summary.ExitCode = ExitCode(summary.Failing, errors > 0 || summary.Errors.Count > 0);
        }

        /// <summary>Failing findings win over an incomplete scan: both need attention, the failures are actionable now.</summary>
        public static int ExitCode(int failing, bool incomplete) =>
            failing > 0 ? AuditSummary.ExitFailingFindings : incomplete ? AuditSummary.ExitIncomplete : AuditSummary.ExitClean;
    }
}
