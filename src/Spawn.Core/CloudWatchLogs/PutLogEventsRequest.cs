using System;
using System.Collections.Generic;
using System.Text.Json;
using Spawn.Aws.Sdk;

namespace Spawn.CloudWatchLogs
{
    /// <summary>Events for one stream, in time order (CloudWatch Logs refuses a batch that is not). No sequence token: AWS ignores it since 2023.</summary>
    public sealed class PutLogEventsRequest : JsonRequest
    {
        private static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public string LogGroupName { get; set; } = "";
        public string LogStreamName { get; set; } = "";
        public List<InputLogEvent> LogEvents { get; } = new List<InputLogEvent>();

        internal override string Operation => "PutLogEvents";

        internal override void WriteBody(Utf8JsonWriter writer)
        {
            writer.WriteString("logGroupName", LogGroupName);
            writer.WriteString("logStreamName", LogStreamName);
            writer.WriteStartArray("logEvents");
            foreach (var e in LogEvents)
            {
                writer.WriteStartObject();
                writer.WriteNumber("timestamp", (long)(e.Timestamp.ToUniversalTime() - Epoch).TotalMilliseconds);
                writer.WriteString("message", e.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
    }
}
