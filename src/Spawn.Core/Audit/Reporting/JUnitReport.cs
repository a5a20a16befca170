using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace Spawn.Audit.Reporting
{
    /// <summary>
    /// JUnit XML for CI dashboards: a testsuite per check with counts, a testcase per resource; Fail is a failure (only
    /// at or above -FailOnSeverity, lower ones are reported but pass), Error an error, suppressed / NotApplicable / Manual skipped.
    /// </summary>
    public static class JUnitReport
    {
        public static string Render(AuditSummary summary, IReadOnlyList<AuditFinding> findings)
        {
            var suites = findings.GroupBy(f => f.CheckId).OrderBy(g => g.Key, System.StringComparer.Ordinal).Select(g => Suite(g.Key, g.ToList(), summary.FailOnSeverity)).ToList();
            var root = new XElement("testsuites",
                new XAttribute("name", "Spawn audit " + summary.ScanId),
                Counts(suites),
                new XAttribute("time", Seconds((summary.EndedAt - summary.StartedAt).TotalSeconds)),
                suites);
            return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root;
        }

        private static XElement Suite(string checkId, List<AuditFinding> findings, AuditSeverity threshold)
        {
            var cases = findings.Select(f => Case(f, threshold)).ToList();
            return new XElement("testsuite", new XAttribute("name", checkId), Counts(cases), new XAttribute("time", "0"), cases);
        }

        private static XElement Case(AuditFinding f, AuditSeverity threshold)
        {
            var test = new XElement("testcase", new XAttribute("classname", f.CheckId), new XAttribute("name", f.Resource.Arn), new XAttribute("time", "0"));
            if (f.Status == AuditStatus.Fail && f.Suppressed)
            {
                test.Add(new XElement("skipped", new XAttribute("message", "Suppressed: " + f.Suppression!.Justification)));
            }
            else if (f.Status == AuditStatus.Fail && f.EffectiveSeverity >= threshold)
            {
                test.Add(new XElement("failure", new XAttribute("message", f.StatusReason), new XAttribute("type", f.EffectiveSeverity.ToString()),
                    string.Join("\n", f.Evidence.Select(e => e.Key + ": " + e.Value))));
            }
            else if (f.Status == AuditStatus.Error)
            {
                test.Add(new XElement("error", new XAttribute("message", f.StatusReason), new XAttribute("type", "CollectionError")));
            }
            else if (f.Status == AuditStatus.Manual || f.Status == AuditStatus.NotApplicable)
            {
                test.Add(new XElement("skipped", new XAttribute("message", f.Status + ": " + f.StatusReason)));
            }
            else if (f.Status == AuditStatus.Fail)
            {
                test.Add(new XElement("system-out", $"{f.EffectiveSeverity} finding below -FailOnSeverity {threshold}: {f.StatusReason}"));
            }
            return test;
        }

        private static object[] Counts(List<XElement> children)
        {
            var cases = children.Count > 0 && children[0].Name == "testsuite" ? children.SelectMany(s => s.Elements("testcase")).ToList() : children;
            return new object[]
            {
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", cases.Count(c => c.Element("failure") != null)),
                new XAttribute("errors", cases.Count(c => c.Element("error") != null)),
                new XAttribute("skipped", cases.Count(c => c.Element("skipped") != null)),
            };
        }

        private static string Seconds(double s) => s.ToString("0.###", CultureInfo.InvariantCulture);
    }
}
