using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;

namespace Spawn.Audit.Reporting
{
    /// <summary>One self-contained, readable page: summary, per-control roll-up per framework, then the findings (worst first).</summary>
    public static class HtmlReport
    {
        public static string Render(AuditSummary summary, IReadOnlyList<AuditFinding> findings)
        {
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Spawn audit ").Append(E(summary.ScanId.ToString())).Append("</title>")
                .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}")
                .Append(".Fail{color:#b00020;font-weight:bold}.Error{color:#e65100;font-weight:bold}.Pass{color:#1b5e20}</style></head><body>");
            html.Append("<h1>Spawn audit</h1><table>");
            Row(html, "Scan", summary.ScanId.ToString());
            Row(html, "Started / ended (UTC)", summary.StartedAt.ToString("u") + " / " + summary.EndedAt.ToString("u"));
            Row(html, "Caller", summary.CallerArn ?? "");
            Row(html, "Accounts / regions", string.Join(", ", summary.Accounts) + " / " + string.Join(", ", summary.Regions));
            Row(html, "Framework", summary.Framework ?? "all checks");
            Row(html, "Results", string.Join(", ", summary.ByStatus.Select(s => s.Key + " " + s.Value)));
            Row(html, "Failing at or above " + summary.FailOnSeverity, summary.Failing.ToString());
            Row(html, "Coverage", summary.CoveragePercent + "%");
            Row(html, "Exit code", summary.ExitCode.ToString());
            html.Append("</table>");

            html.Append("<h2>Controls</h2><table><tr><th>Framework</th><th>Control</th><th>Fail</th><th>Error</th><th>Manual</th><th>Pass</th><th>Checks</th></tr>");
            var rollup = findings.SelectMany(f => f.Compliance.SelectMany(c => c.Value.Select(control => (Framework: c.Key, Control: control, Finding: f))))
                .GroupBy(x => (x.Framework, x.Control)).OrderBy(g => g.Key.Framework).ThenBy(g => g.Key.Control);
            foreach (var g in rollup)
            {
                int Count(AuditStatus s) => g.Count(x => x.Finding.Status == s && !x.Finding.Suppressed);
                html.Append("<tr><td>").Append(E(g.Key.Framework)).Append("</td><td>").Append(E(g.Key.Control)).Append("</td><td class=\"Fail\">").Append(Count(AuditStatus.Fail))
                    .Append("</td><td class=\"Error\">").Append(Count(AuditStatus.Error)).Append("</td><td>").Append(Count(AuditStatus.Manual)).Append("</td><td class=\"Pass\">")
                    .Append(Count(AuditStatus.Pass)).Append("</td><td>").Append(E(string.Join(", ", g.Select(x => x.Finding.CheckId).Distinct()))).Append("</td></tr>");
            }
            html.Append("</table><h2>Findings</h2><table><tr><th>Severity</th><th>Status</th><th>Check</th><th>Resource</th><th>Reason</th><th>Remediation</th></tr>");
            foreach (var f in findings.OrderBy(f => f.Status == AuditStatus.Fail ? 0 : f.Status == AuditStatus.Error ? 1 : f.Status == AuditStatus.Manual ? 2 : 3).ThenByDescending(f => f.EffectiveSeverity))
            {
                html.Append("<tr><td>").Append(f.EffectiveSeverity).Append("</td><td class=\"").Append(f.Status).Append("\">").Append(f.Status).Append(f.Suppressed ? " (suppressed)" : "")
                    .Append("</td><td>").Append(E(f.CheckId)).Append("<br>").Append(E(f.Title)).Append("</td><td>").Append(E(f.Resource.Arn)).Append("</td><td>").Append(E(f.StatusReason))
                    .Append("</td><td>").Append(E(f.Remediation.AwsCli ?? f.Remediation.SpawnCommand ?? "")).Append("</td></tr>");
            }
            return html.Append("</table></body></html>").ToString();
        }

        private static void Row(StringBuilder html, string name, string value) =>
            html.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(E(value)).Append("</td></tr>");

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
