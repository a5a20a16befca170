using System;
using System.Collections.Generic;
using System.Linq;
using Spawn.Security;

namespace Spawn.Alerts
{
    /// <summary>
    /// Which managed instances an alert watches: those with every given tag, the given owner (spawn:owner) and a
    /// name matching the wildcard pattern (* and ?). Nothing given means every managed instance.
    /// </summary>
    public sealed class AlertScope
    {
        public AlertScope(IReadOnlyDictionary<string, string>? tags = null, string? owner = null, string? namePattern = null)
        {
            Tags = tags ?? new Dictionary<string, string>();
            Owner = string.IsNullOrEmpty(owner) ? null : owner;
            NamePattern = string.IsNullOrEmpty(namePattern) ? null : namePattern;
        }

        public IReadOnlyDictionary<string, string> Tags { get; }
        public string? Owner { get; }
        public string? NamePattern { get; }

        public bool Matches(AlertSubject subject) =>
            Tags.All(t => subject.Tags.TryGetValue(t.Key, out var value) && value == t.Value)
            && (Owner == null || string.Equals(subject.Owner, Owner, StringComparison.Ordinal))
            && (NamePattern == null || (subject.Name != null && Wildcard.IsMatch(NamePattern, subject.Name, ignoreCase: true)));

        public string Describe()
        {
            var parts = Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"tag {t.Key}={t.Value}").ToList();
            if (Owner != null)
            {
                parts.Add("owner " + Owner);
            }
            if (NamePattern != null)
            {
                parts.Add("name " + NamePattern);
            }
            return parts.Count == 0 ? "all managed instances" : "managed instances with " + string.Join(" and ", parts);
        }
    }
}
