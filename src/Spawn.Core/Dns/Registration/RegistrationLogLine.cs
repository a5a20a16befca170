using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The one structured line written per request (the reference's fields, plus sourceIp, status and detail). Values
    /// come only from verified or computed data and fixed tokens: never the identity text, the signature, the raw
    /// body or exception messages. Fields not reached stay null.
    /// </summary>
    public sealed class RegistrationLogLine
    {
        public RegistrationLogLine(DateTimeOffset timestamp, string requestId, string? sourceIp)
        {
            Timestamp = timestamp;
            RequestId = requestId;
            SourceIp = sourceIp;
        }

        public DateTimeOffset Timestamp { get; }
        public string RequestId { get; }
        public string? SourceIp { get; }
        public string? InstanceId { get; set; }
        public string? AccountId { get; set; }
        public string? Region { get; set; }
        public string? RecordName { get; set; }
        public string? Fqdn { get; set; }
        public string? IpAddress { get; set; }
        public string? Action { get; set; }

        /// <summary>"passed" or "failed".</summary>
        public string Validation { get; set; } = "failed";

        /// <summary>The rejection code, or null when the request passed.</summary>
        public string? Reason { get; set; }

        /// <summary>A finer fixed token (which identity check, which limit, which state).</summary>
        public string? Detail { get; set; }

        public string? ChangeId { get; set; }
        public int Status { get; set; }

        public string ToJson()
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("timestamp", Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                json.WriteString("requestId", RequestId);
                json.WriteString("instanceId", InstanceId);
                json.WriteString("accountId", AccountId);
                json.WriteString("region", Region);
                json.WriteString("recordName", RecordName);
                json.WriteString("fqdn", Fqdn);
                json.WriteString("ipAddress", IpAddress);
                json.WriteString("sourceIp", SourceIp);
                json.WriteString("action", Action);
                json.WriteString("validation", Validation);
                json.WriteString("reason", Reason);
                json.WriteString("detail", Detail);
                json.WriteString("changeId", ChangeId);
                json.WriteNumber("status", Status);
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
