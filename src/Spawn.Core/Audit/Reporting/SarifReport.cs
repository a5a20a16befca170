using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Spawn.Audit.Catalogue;

namespace Spawn.Audit.Reporting
{
    /// <summary>
    /// SARIF 2.1.0: one rule per check run, one result per finding (kind pass/fail/review/open/notApplicable), the ARN as a
    /// logical location, the FindingId as partial fingerprint, suppressions and baselineState from -CompareTo.
    /// </summary>
    public static class SarifReport
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        public static string Render(AuditSummary summary, IReadOnlyList<AuditFinding> findings)
        {
            var ruleIds = findings.Select(f => f.CheckId).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToList();
            var rules = ruleIds.Select(id => CheckCatalogue.Definition(id)).Select(d => new Dictionary<string, object>
            {
                ["id"] = d.Id,
                ["name"] = d.Id.Replace("-", ""),
                ["shortDescription"] = new { text = d.Title },
                ["fullDescription"] = new { text = d.Description },
                ["help"] = new { text = d.Remediation.Text + (d.Remediation.AwsCli != null ? " " + d.Remediation.AwsCli : "") },
                ["defaultConfiguration"] = new { level = SeverityScale.SarifLevel(d.Severity) },
                ["properties"] = new Dictionary<string, object>
                {
                    ["security-severity"] = SeverityScale.SecurityScore(d.Severity),
                    ["tags"] = new[] { "security", d.Service }.Concat(d.Compliance.Select(c => c.Key)).ToArray(),
                    ["compliance"] = d.Compliance,
                },
            }).ToList();
            var results = findings.Select(f => Result(f, ruleIds.IndexOf(f.CheckId))).ToList();
            var log = new Dictionary<string, object>
            {
                ["$schema"] = SchemaUri,
                ["version"] = "2.1.0",
                ["runs"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["tool"] = new { driver = new { name = "Spawn", fullName = "Spawn Invoke-SpawnAudit", version = summary.ToolVersion, semanticVersion = summary.ToolVersion, informationUri = "https://example.invalid/spawn", rules } },
                        ["automationDetails"] = new { id = "spawn-audit/" + summary.ScanId },
                        ["invocations"] = new[] { new { executionSuccessful = summary.Errors.Count == 0, exitCode = summary.ExitCode } },
                        ["results"] = results,
                    },
                },
            };
            return JsonSerializer.Serialize(log, new JsonSerializerOptions { WriteIndented = true });
        }

        private static Dictionary<string, object> Result(AuditFinding f, int ruleIndex)
        {
            var kind = f.Status == AuditStatus.Fail ? "fail" : f.Status == AuditStatus.Pass ? "pass" : f.Status == AuditStatus.Manual ? "review"
                : f.Status == AuditStatus.Error ? "open" : "notApplicable";
            var result = new Dictionary<string, object>
            {
                ["ruleId"] = f.CheckId,
                ["ruleIndex"] = ruleIndex,
                ["kind"] = kind,
                ["level"] = kind == "fail" ? SeverityScale.SarifLevel(f.EffectiveSeverity) : "none",
                ["message"] = new { text = f.StatusReason },
                ["locations"] = new[] { new { logicalLocations = new[] { new { name = f.Resource.Id, fullyQualifiedName = f.Resource.Arn, kind = "resource" } } } },
                ["partialFingerprints"] = new Dictionary<string, string> { ["spawnFindingId/v1"] = f.FindingId },
                ["properties"] = new Dictionary<string, object>
                {
                    ["status"] = f.Status.ToString(),
                    ["effectiveSeverity"] = f.EffectiveSeverity.ToString(),
                    ["security-severity"] = SeverityScale.SecurityScore(f.EffectiveSeverity),
                    ["resourceType"] = f.Resource.Type,
                    ["region"] = f.Resource.Region,
                    ["accountId"] = f.Resource.AccountId,
                    ["evidence"] = f.Evidence,
                },
            };
            if (f.ChangeType != AuditChangeType.None)
            {
                result["baselineState"] = f.ChangeType == AuditChangeType.New ? "new" : f.ChangeType == AuditChangeType.Unchanged ? "unchanged"
                    : f.ChangeType == AuditChangeType.Changed ? "updated" : "absent";
            }
            if (f.Suppression != null && f.Suppressed)
            {
                result["suppressions"] = new[] { new { kind = "external", status = "accepted", justification = f.Suppression.Justification + " (owner " + f.Suppression.Owner + ", expires " + f.Suppression.ExpiresAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ")" } };
            }
            return result;
        }
    }
}
