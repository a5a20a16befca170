using System.Collections.Generic;

namespace Spawn.Alerts
{
    /// <summary>
    /// What New-SpawnAlert sets or Set-SpawnAlert changes: each value given replaces the stored one; Remove names
    /// conditions (CostAbove, PastTtl, OlderThan, AuditFinding) or target kinds (Webhook, Slack, Sns) to drop. Webhook URLs arrive
    /// plain from the cmdlet boundary and are encrypted before anything is stored or shown.
    /// </summary>
    public sealed class AlertChange
    {
        public string Name { get; set; } = "";
        public IReadOnlyDictionary<string, string>? Tags { get; set; }
        public string? Owner { get; set; }
        public string? NamePattern { get; set; }
        public decimal? CostAbove { get; set; }
        public bool? PastTtl { get; set; }
        public double? OlderThanHours { get; set; }

        /// <summary>The AuditFinding threshold (Low, Medium, High or Critical).</summary>
        public Spawn.Audit.AuditSeverity? AuditSeverity { get; set; }
        public string? WebhookUrl { get; set; }
        public string? SlackWebhookUrl { get; set; }
        public string? SnsTopicArn { get; set; }
        public string? KmsKeyId { get; set; }
        public IReadOnlyCollection<string> Remove { get; set; } = new string[0];
    }
}
