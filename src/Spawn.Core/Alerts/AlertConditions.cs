using System;
using System.Globalization;
using Spawn.Audit;

namespace Spawn.Alerts
{
    /// <summary>The registry of condition kinds: how a stored kind and value become a condition.</summary>
    public static class AlertConditions
    {
        public static AlertCondition Create(string kind, double? value)
        {
            switch (kind)
            {
                case "CostAbove": return new CostAboveCondition(Positive(kind, value));
                case "PastTtl": return new PastTtlCondition();
                case "OlderThan": return new OlderThanCondition((double)Positive(kind, value));
                case "AuditFinding": return new AuditFindingCondition(Severity(value));
                default:
                    throw new SpawnValidationException("AlertConditionUnknown", $"'{kind}' is not an alert condition (CostAbove, PastTtl, OlderThan, AuditFinding).");
            }
        }

        private static AuditSeverity Severity(double? value)
        {
            if (value == null || value.Value != Math.Floor(value.Value) || value.Value < (int)AuditSeverity.Low || value.Value > (int)AuditSeverity.Critical)
            {
                throw new SpawnValidationException("AlertThresholdInvalid",
                    $"The AuditFinding severity must be Low, Medium, High or Critical (stored as 1 to 4); it was {(value?.ToString(CultureInfo.InvariantCulture) ?? "missing")}.");
            }
            return (AuditSeverity)(int)value.Value;
        }

        private static decimal Positive(string kind, double? value)
        {
            if (value == null || !(value > 0) || double.IsInfinity(value.Value))
            {
                throw new SpawnValidationException("AlertThresholdInvalid",
                    $"The {kind} threshold must be a positive number; it was {(value?.ToString(CultureInfo.InvariantCulture) ?? "missing")}.");
            }
            return (decimal)value.Value;
        }
    }
}
