using System;
using System.Globalization;

namespace Spawn.Alerts
{
    /// <summary>The instance is running after its spawn:ttl expiry (the TTL agent should have stopped it).</summary>
    public sealed class PastTtlCondition : AlertCondition
    {
        public override string Kind => "PastTtl";
        public override string Describe() => "running past its TTL";

        public override string? Evaluate(AlertSubject subject, DateTime now) =>
            subject.IsRunning && subject.ExpiresAt.HasValue && subject.ExpiresAt.Value <= now
                ? string.Format(CultureInfo.InvariantCulture, "running {0:0.0} h past its TTL ({1:yyyy-MM-ddTHH:mm:ssZ})",
                    (now - subject.ExpiresAt.Value).TotalHours, subject.ExpiresAt.Value)
                : null;
    }
}
