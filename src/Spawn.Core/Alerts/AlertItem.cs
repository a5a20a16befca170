using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Amazon.DynamoDBv2.Model;

namespace Spawn.Alerts
{
    /// <summary>
    /// An <see cref="AlertDefinition"/> as a DynamoDB item. Webhooks are stored as ciphertext (binary) and their masked
    /// form; no attribute ever holds a plain webhook URL.
    /// </summary>
    internal static class AlertItem
    {
        internal const string NameKey = "Name";
        internal const string FiredKey = "Fired";

        public static Dictionary<string, AttributeValue> ToItem(AlertDefinition alert)
        {
            var item = new Dictionary<string, AttributeValue>
            {
                [NameKey] = new AttributeValue { S = alert.Name },
                ["ScopeTags"] = new AttributeValue { M = alert.Scope.Tags.ToDictionary(t => t.Key, t => new AttributeValue { S = t.Value }) },
                ["Conditions"] = new AttributeValue { L = alert.Conditions.Select(Condition).ToList() },
                ["Targets"] = new AttributeValue { L = alert.Targets.Select(Target).ToList() },
                ["Created"] = new AttributeValue { S = Time(alert.Created) },
                ["Modified"] = new AttributeValue { S = Time(alert.Modified) },
                [FiredKey] = Fired(alert.Fired),
            };
            AddOptional(item, "ScopeOwner", alert.Scope.Owner);
            AddOptional(item, "ScopeNamePattern", alert.Scope.NamePattern);
            AddOptional(item, "KmsKeyId", alert.KmsKeyId);
            return item;
        }

        public static AlertDefinition FromItem(Dictionary<string, AttributeValue> item)
        {
            var tags = item.TryGetValue("ScopeTags", out var t) && t.M != null
                ? t.M.ToDictionary(p => p.Key, p => p.Value.S)
                : new Dictionary<string, string>();
            return new AlertDefinition
            {
                Name = item[NameKey].S,
                Scope = new AlertScope(tags, Text(item, "ScopeOwner"), Text(item, "ScopeNamePattern")),
                Conditions = List(item, "Conditions").Select(c => AlertConditions.Create(c.M["Kind"].S,
                    c.M.TryGetValue("Value", out var v) ? double.Parse(v.N, CultureInfo.InvariantCulture) : (double?)null)).ToList(),
                Targets = List(item, "Targets").Select(FromTarget).ToList(),
                KmsKeyId = Text(item, "KmsKeyId"),
                Created = ParseTime(Text(item, "Created")),
                Modified = ParseTime(Text(item, "Modified")),
                Fired = item.TryGetValue(FiredKey, out var f) && f.M != null
                    ? f.M.ToDictionary(p => p.Key, p => ParseTime(p.Value.S), StringComparer.Ordinal)
                    : new Dictionary<string, DateTime>(StringComparer.Ordinal),
            };
        }

        public static AttributeValue Fired(IReadOnlyDictionary<string, DateTime> fired) =>
            new AttributeValue { M = fired.ToDictionary(p => p.Key, p => new AttributeValue { S = Time(p.Value) }) };

        private static AttributeValue Condition(AlertCondition condition)
        {
            var map = new Dictionary<string, AttributeValue> { ["Kind"] = new AttributeValue { S = condition.Kind } };
            if (condition.Value.HasValue)
            {
                map["Value"] = new AttributeValue { N = condition.Value.Value.ToString("R", CultureInfo.InvariantCulture) };
            }
            return new AttributeValue { M = map };
        }

        private static AttributeValue Target(AlertTarget target)
        {
            var map = new Dictionary<string, AttributeValue>
            {
                ["Kind"] = new AttributeValue { S = target.Kind.ToString() },
                ["Destination"] = new AttributeValue { S = target.Destination },
            };
            if (target.Ciphertext != null)
            {
                map["Ciphertext"] = new AttributeValue { B = new MemoryStream(target.Ciphertext) };
            }
            return new AttributeValue { M = map };
        }

        private static AlertTarget FromTarget(AttributeValue value)
        {
            var kind = (SpawnAlertTargetKind)Enum.Parse(typeof(SpawnAlertTargetKind), value.M["Kind"].S);
            var destination = value.M["Destination"].S;
            return kind == SpawnAlertTargetKind.Sns
                ? AlertTarget.Topic(destination)
                : AlertTarget.Webhook(kind, destination, value.M["Ciphertext"].B.ToArray());
        }

        private static IEnumerable<AttributeValue> List(Dictionary<string, AttributeValue> item, string key) =>
            item.TryGetValue(key, out var value) && value.L != null ? value.L : Enumerable.Empty<AttributeValue>();

        private static string? Text(Dictionary<string, AttributeValue> item, string key) =>
            item.TryGetValue(key, out var value) ? value.S : null;

        private static void AddOptional(Dictionary<string, AttributeValue> item, string key, string? value)
        {
            if (value != null)
            {
                item[key] = new AttributeValue { S = value };
            }
        }

        private static string Time(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

        private static DateTime ParseTime(string? text) =>
            DateTime.Parse(text ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }
}
