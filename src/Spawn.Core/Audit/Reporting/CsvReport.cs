using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Spawn.Audit.Reporting
{
    /// <summary>One flat row per finding (RFC 4180 quoting; cells that a spreadsheet would run as formulas are prefixed with ').</summary>
    public static class CsvReport
    {
        private static readonly string[] Header =
        {
            "FindingId", "CheckId", "Status", "EffectiveSeverity", "Severity", "ResourceArn", "ResourceType", "AccountId", "Region",
            "Title", "StatusReason", "Suppressed", "SuppressionRule", "ChangeType", "Compliance",
        };

        public static string Render(IReadOnlyList<AuditFinding> findings)
        {
            var text = new StringBuilder();
            text.Append(string.Join(",", Header)).Append("\r\n");
            foreach (var f in findings)
            {
                var cells = new[]
                {
                    f.FindingId, f.CheckId, f.Status.ToString(), f.EffectiveSeverity.ToString(), f.Severity.ToString(), f.Resource.Arn, f.Resource.Type,
                    f.Resource.AccountId, f.Resource.Region, f.Title, f.StatusReason, f.Suppressed ? "true" : "false", f.Suppression?.RuleId ?? "",
                    f.ChangeType == AuditChangeType.None ? "" : f.ChangeType.ToString(),
                    string.Join(" | ", f.Compliance.Select(c => c.Key + ": " + string.Join(", ", c.Value))),
                };
                text.Append(string.Join(",", cells.Select(Cell))).Append("\r\n");
            }
            return text.ToString();
        }

        private static string Cell(string value)
        {
            if (value.Length > 0 && "=+-@\t\r".IndexOf(value[0]) >= 0)
            {
                value = "'" + value;
            }
            return "\"" + value.Replace("\"", "\"\"") + "\"";
        }
    }
}
