namespace Spawn.Alerts
{
    /// <summary>A condition that newly holds for one instance: what a message reports.</summary>
    public sealed class AlertFiring
    {
        public AlertFiring(AlertSubject subject, AlertCondition condition, string detail)
        {
            Subject = subject;
            Condition = condition;
            Detail = detail;
        }

        public AlertSubject Subject { get; }
        public AlertCondition Condition { get; }
        public string Detail { get; }

        /// <summary>The key under which the firing is recorded until the condition clears.</summary>
        public string Key => Condition.Kind + "|" + Subject.InstanceId;
    }
}
