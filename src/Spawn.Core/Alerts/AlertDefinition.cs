using System;
using System.Collections.Generic;
using System.Linq;

namespace Spawn.Alerts
{
    /// <summary>An alert as stored: scope, conditions, targets, and what has fired and not cleared yet.</summary>
    public sealed class AlertDefinition
    {
        public string Name { get; set; } = "";
        public AlertScope Scope { get; set; } = new AlertScope();
        public List<AlertCondition> Conditions { get; set; } = new List<AlertCondition>();
        public List<AlertTarget> Targets { get; set; } = new List<AlertTarget>();
        public string? KmsKeyId { get; set; }
        public DateTime Created { get; set; }
        public DateTime Modified { get; set; }

        /// <summary>"Kind|instance-id" of every condition that fired and was sent, with when; cleared when it stops holding.</summary>
        public Dictionary<string, DateTime> Fired { get; set; } = new Dictionary<string, DateTime>(StringComparer.Ordinal);

        public SpawnAlert ToOutput(string region) => new SpawnAlert
        {
            Name = Name,
            Scope = Scope.Describe(),
            ScopeTags = Scope.Tags,
            ScopeOwner = Scope.Owner,
            ScopeNamePattern = Scope.NamePattern,
            CostAbove = Conditions.OfType<CostAboveCondition>().FirstOrDefault()?.Threshold,
            PastTtl = Conditions.OfType<PastTtlCondition>().Any(),
            OlderThanHours = Conditions.OfType<OlderThanCondition>().FirstOrDefault()?.Hours,
            AuditSeverity = Conditions.OfType<AuditFindingCondition>().FirstOrDefault()?.Threshold,
            Conditions = Conditions.Select(c => c.Describe()).ToArray(),
            Targets = Targets.Select(t => t.ToOutput()).ToArray(),
            KmsKeyId = KmsKeyId,
            Firing = Fired.Count,
            Region = region,
            Created = Created,
            Modified = Modified,
        };
    }
}
