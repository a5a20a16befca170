using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Spawn.Logging
{
    /// <summary>The JSON form of an audit record: the one place that knows the field names, for writing and reading.</summary>
    internal static class AuditJson
    {
        private const string TimeField = "time";
        private const string CorrelationIdField = "correlationId";
        private const string CallerArnField = "callerArn";
        private const string AccountField = "account";
        private const string RegionField = "region";
        private const string ActionField = "action";
        private const string TargetsField = "targets";
        private const string ParametersField = "parameters";
        private const string OutcomeField = "outcome";
        private const string RequestIdsField = "requestIds";
        private const string ErrorCodeField = "errorCode";
        private const string ErrorMessageField = "errorMessage";

        internal static void WriteFields(Utf8JsonWriter writer, AuditRecord record)
        {
            writer.WriteString(TimeField, record.Time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString(CorrelationIdField, record.CorrelationId);
            writer.WriteString(CallerArnField, record.CallerArn);
            writer.WriteString(AccountField, record.Account);
            writer.WriteString(RegionField, record.Region);
            writer.WriteString(ActionField, record.Action);
            WriteArray(writer, TargetsField, record.Targets);
            writer.WriteStartObject(ParametersField);
            foreach (var parameter in record.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteString(parameter.Key, parameter.Value);
            }
            writer.WriteEndObject();
            writer.WriteString(OutcomeField, record.Outcome.ToString());
            WriteArray(writer, RequestIdsField, record.RequestIds);
            writer.WriteString(ErrorCodeField, record.ErrorCode);
            writer.WriteString(ErrorMessageField, record.ErrorMessage);
        }

        /// <summary>The record alone, as one JSON object (what the CloudWatch Logs sink sends).</summary>
        internal static string Serialize(AuditRecord record)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                WriteFields(writer, record);
                writer.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        /// <exception cref="FormatException">A required field is missing or has the wrong type.</exception>
        internal static SpawnAuditLogEntry ReadEntry(JsonElement root, string path, int lineNumber)
        {
            try
            {
                return new SpawnAuditLogEntry
                {
                    Time = DateTime.Parse(root.GetProperty(TimeField).GetString()!, CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                    CorrelationId = root.GetProperty(CorrelationIdField).GetString() ?? "",
                    CallerArn = OptionalString(root, CallerArnField),
                    Account = OptionalString(root, AccountField),
                    Region = OptionalString(root, RegionField),
                    Action = root.GetProperty(ActionField).GetString() ?? "",
                    Targets = Strings(root, TargetsField),
                    Parameters = root.GetProperty(ParametersField).EnumerateObject()
                        .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.OrdinalIgnoreCase),
                    Outcome = (SpawnAuditOutcome)Enum.Parse(typeof(SpawnAuditOutcome), root.GetProperty(OutcomeField).GetString()!),
                    RequestIds = Strings(root, RequestIdsField),
                    ErrorCode = OptionalString(root, ErrorCodeField),
                    ErrorMessage = OptionalString(root, ErrorMessageField),
                    Path = path,
                    LineNumber = lineNumber,
                };
            }
            catch (Exception e) when (e is KeyNotFoundException || e is InvalidOperationException || e is ArgumentException)
            {
                throw new FormatException("The line is not an audit record: " + e.Message, e);
            }
        }

        private static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<string> values)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }
            writer.WriteEndArray();
        }

        private static string? OptionalString(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string[] Strings(JsonElement root, string name) =>
            root.GetProperty(name).EnumerateArray().Select(v => v.GetString() ?? "").ToArray();
    }
}
