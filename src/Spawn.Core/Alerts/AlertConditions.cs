using System.Globalization;

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
                default:
                    throw new SpawnValidationException("AlertConditionUnknown", $"'{kind}' is not an alert condition (CostAbove, PastTtl, OlderThan).");
            }
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
