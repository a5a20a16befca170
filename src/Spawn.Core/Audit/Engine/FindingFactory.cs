using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Spawn.Audit.Catalogue;
using Spawn.Audit.Checks;

namespace Spawn.Audit.Engine
{
    /// <summary>Turns a check result into a finding: catalogue data, stable ids, effective severity.</summary>
    public static class FindingFactory
    {
        public static AuditFinding Create(CheckDefinition definition, CheckResult result, Guid scanId, DateTimeOffset observedAt, string? framework)
        {
            var severity = definition.Severity;
            var effective = severity;
            string? reason = null;
            if (result.EffectiveSeverity != null)
            {
                effective = result.EffectiveSeverity.Value;
                reason = result.SeverityReason;
            }
            else if (framework != null && definition.SeverityByFramework.TryGetValue(framework, out var raised))
            {
                effective = raised;
                reason = "raised for the " + framework + " baseline";
            }
            return new AuditFinding
            {
                FindingId = Hash(definition.Id + "|" + result.Resource.Arn + "|" + (result.SubKey ?? "")).Substring(0, 32),
                ScanId = scanId,
                ObservedAt = observedAt,
                CheckId = definition.Id,
                Title = definition.Title,
                Service = definition.Service,
                Status = result.Status,
                StatusReason = result.Reason,
                Severity = severity,
                EffectiveSeverity = effective,
                SeverityReason = reason,
                Evidence = result.Evidence,
                EvidenceHash = Hash(string.Join("\n", result.Evidence.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value))),
                Resource = result.Resource,
                Compliance = definition.Compliance,
                Remediation = definition.Remediation,
            };
        }

        public static string Hash(string text)
        {
            using var sha = SHA256.Create();
            return string.Concat(sha.ComputeHash(Encoding.UTF8.GetBytes(text)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
