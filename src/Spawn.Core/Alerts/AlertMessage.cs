using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Spawn.Alerts
{
    /// <summary>The words and JSON sent when an alert fires: one message per alert per check, listing every new firing.</summary>
    public sealed class AlertMessage
    {
        public AlertMessage(string alertName, string region, DateTime checkedAt, IReadOnlyList<AlertFiring> firings)
        {
            AlertName = alertName;
            Region = region;
            CheckedAt = checkedAt;
            Firings = firings;
        }

        public string AlertName { get; }
        public string Region { get; }
        public DateTime CheckedAt { get; }
        public IReadOnlyList<AlertFiring> Firings { get; }

        /// <summary>SNS subjects are limited to 100 characters.</summary>
        public string Subject
        {
            get
            {
                var subject = $"Spawn alert {AlertName}: {Firings.Count} instance condition(s) in {Region}";
                return subject.Length <= 100 ? subject : subject.Substring(0, 100);
            }
        }

        public string Text
        {
            get
            {
                var text = new StringBuilder();
                text.Append("Spawn alert '").Append(AlertName).Append("' fired in ").Append(Region)
                    .Append(" at ").Append(CheckedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)).Append(':');
                foreach (var firing in Firings)
                {
                    text.Append('\n').Append("- ").Append(firing.Subject.InstanceId);
                    if (firing.Subject.Name != null)
                    {
                        text.Append(" (").Append(firing.Subject.Name).Append(')');
                    }
                    text.Append(": ").Append(firing.Detail);
                }
                return text.ToString();
            }
        }

        /// <summary>The body for a generic webhook.</summary>
        public string Json => JsonSerializer.Serialize(new
        {
            alert = AlertName,
            region = Region,
            checkedAt = CheckedAt,
            firings = Firings.Select(f => new
            {
                instanceId = f.Subject.InstanceId,
                name = f.Subject.Name,
                condition = f.Condition.Kind,
                detail = f.Detail,
            }),
        });

        /// <summary>The body for a Slack-style incoming webhook.</summary>
        public string SlackJson => JsonSerializer.Serialize(new { text = Text });
    }
}
