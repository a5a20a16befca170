using System;
using System.Globalization;

namespace Spawn.Alerts
{
    /// <summary>The instance was created (spawn:created) more than N hours ago, whatever its state.</summary>
    public sealed class OlderThanCondition : AlertCondition
    {
        public OlderThanCondition(double hours)
        {
            Hours = hours;
        }

        public double Hours { get; }
        public override string Kind => "OlderThan";
        public override double? Value => Hours;
        public override string Describe() => string.Format(CultureInfo.InvariantCulture, "older than {0:0.##} h", Hours);

        public override string? Evaluate(AlertSubject subject, DateTime now)
        {
            if (!subject.Created.HasValue)
            {
                return null;
            }
            var age = (now - subject.Created.Value).TotalHours;
            return age > Hours
                ? string.Format(CultureInfo.InvariantCulture, "{0:0.0} h old (created {1:yyyy-MM-ddTHH:mm:ssZ}), more than {2:0.##} h", age, subject.Created.Value, Hours)
                : null;
        }
    }
}
