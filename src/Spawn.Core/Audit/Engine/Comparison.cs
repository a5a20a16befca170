using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Spawn.Audit.Engine
{
    /// <summary>
    /// A previous run's findings (-CompareTo, its JSON report), keyed by FindingId. Current findings get ChangeType New,
    /// Changed (status, effective severity or evidence differ), Unchanged or Resolved (Fail before, Pass now);
    /// failures that disappeared entirely come back once as Resolved with Status Pass.
    /// </summary>
    public sealed class Comparison
    {
        private readonly Dictionary<string, AuditFinding> _previous;
        private readonly HashSet<string> _seen = new HashSet<string>();

        public Comparison(IEnumerable<AuditFinding> previous) =>
            _previous = previous.GroupBy(f => f.FindingId).ToDictionary(g => g.Key, g => g.First());

        public static Comparison FromJson(string json, string source)
        {
            try
            {
                using var doc = JsonDocument.Parse(json);
                var findings = doc.RootElement.TryGetProperty("Findings", out var list) ? list : doc.RootElement;
                if (findings.ValueKind != JsonValueKind.Array)
                {
                    throw new SpawnValidationException("AuditCompareToInvalid", $"{source} is not an Invoke-SpawnAudit JSON report (no Findings array).", source);
                }
                return new Comparison(JsonSerializer.Deserialize<List<AuditFinding>>(findings.GetRawText(), Catalogue.CheckCatalogue.JsonOptions())!);
            }
            catch (JsonException e)
            {
                throw new SpawnValidationException("AuditCompareToInvalid", $"{source} is not valid JSON: {e.Message}", source);
            }
        }

        public void Apply(AuditFinding finding)
        {
            _seen.Add(finding.FindingId);
            if (!_previous.TryGetValue(finding.FindingId, out var before))
            {
                finding.ChangeType = AuditChangeType.New;
                return;
            }
            finding.PreviousStatus = before.Status;
            if (before.Status == AuditStatus.Fail && finding.Status == AuditStatus.Pass)
            {
                finding.ChangeType = AuditChangeType.Resolved;
            }
            else if (before.Status != finding.Status || before.EffectiveSeverity != finding.EffectiveSeverity || before.EvidenceHash != finding.EvidenceHash)
            {
                finding.ChangeType = AuditChangeType.Changed;
            }
            else
            {
                finding.ChangeType = AuditChangeType.Unchanged;
            }
        }

        /// <summary>Previous failures whose resource or check is gone now; only for the accounts and checks audited this time.</summary>
        public IEnumerable<AuditFinding> Vanished(Guid scanId, DateTimeOffset now, ISet<string> checksRun, ISet<string> accounts) =>
            _previous.Values.Where(f => !_seen.Contains(f.FindingId) && f.Status == AuditStatus.Fail && checksRun.Contains(f.CheckId)
                    && accounts.Contains(f.Resource.AccountId))
                .Select(f =>
                {
                    f.PreviousStatus = f.Status;
                    f.Status = AuditStatus.Pass;
                    f.StatusReason = "The resource or the failing condition no longer exists.";
                    f.ChangeType = AuditChangeType.Resolved;
                    f.ScanId = scanId;
                    f.ObservedAt = now;
                    f.Suppressed = false;
                    f.Suppression = null;
                    return f;
                });
    }
}
