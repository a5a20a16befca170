using System;
using Spawn.Audit.Engine;
using Spawn.Security;

namespace Spawn.Audit.Suppressions
{
    /// <summary>
    /// One accepted risk: matches findings by check (id or wildcard), resource (ARN or glob) and tag (key=value); every
    /// criterion given must match. Justification, Owner and ExpiresAt are required so that auditors can accept it.
    /// </summary>
    public sealed class SuppressionRule
    {
        public string Id { get; set; } = "";
        public string? CheckId { get; set; }
        public string? Resource { get; set; }
        public string? TagKey { get; set; }
        public string? TagValue { get; set; }
        public string Justification { get; set; } = "";
        public string Owner { get; set; } = "";
        public DateTimeOffset ExpiresAt { get; set; }
        public string? Ticket { get; set; }

        public bool Matches(AuditFinding finding)
        {
            if (CheckId != null && !CheckSelection.Matches(CheckId, finding.CheckId))
            {
                return false;
            }
            if (Resource != null && !Glob(Resource, finding.Resource.Arn) && !Glob(Resource, finding.Resource.Id))
            {
                return false;
            }
            if (TagKey != null && !(finding.Resource.Tags.TryGetValue(TagKey, out var value) && (TagValue == null || Glob(TagValue, value))))
            {
                return false;
            }
            return true;
        }

        public bool IsExpired(DateTimeOffset now) => ExpiresAt <= now;

        public AuditSuppression ToModel(string source, bool expired) => new AuditSuppression
        {
            RuleId = Id, Justification = Justification, Owner = Owner, ExpiresAt = ExpiresAt, Ticket = Ticket, Source = source, Expired = expired,
        };

        private static bool Glob(string pattern, string text) => Wildcard.IsMatch(pattern, text, ignoreCase: false);
    }
}
