using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Spawn.Alerts;
using Spawn.Instances;

namespace Spawn.Lambda
{
    /// <summary>
    /// What one scheduled check did: counts per state and every result, as the function's JSON result and as one log
    /// line (an EventBridge invocation's result is discarded, so the log is where a run is seen). Targets are written as
    /// the engine gives them, webhooks already masked.
    /// </summary>
    public sealed class AlertCheckSummary
    {
        /// <summary>The states a sending check reports (WouldFire comes only from a check that does not send).</summary>
        public static readonly IReadOnlyList<string> States = new[] { "Fired", "NotDelivered", "StillFiring", "Cleared", "Unknown" };

        private readonly AlertCheckSettings _settings;
        private readonly string _region;
        private readonly DateTime _checkedAt;
        private readonly IReadOnlyList<SpawnAlertCheckResult> _results;

        public AlertCheckSummary(AlertCheckSettings settings, string region, DateTime checkedAt, IReadOnlyList<SpawnAlertCheckResult> results)
        {
            _settings = settings;
            _region = region;
            _checkedAt = checkedAt;
            _results = results;
        }

        public int Count(string state) => _results.Count(r => r.State == state);

        public string LogLine(TimeSpan elapsed) =>
            $"Checked the alerts matching '{_settings.Names}' in {_region} ({_settings.PriceSource} prices) in "
            + elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s: "
            + string.Join(", ", States.Select(s => $"{Count(s)} {s}"))
            + (Count("NotDelivered") > 0 ? "; what was not delivered is tried again at the next check." : ".");

        public MemoryStream Write()
        {
            var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("region", _region);
                json.WriteString("names", _settings.Names);
                json.WriteString("priceSource", _settings.PriceSource.ToString());
                json.WriteString("checkedAt", SpawnTags.FormatTime(_checkedAt));
                json.WriteStartObject("counts");
                foreach (var state in States)
                {
                    json.WriteNumber(state, Count(state));
                }
                json.WriteEndObject();
                json.WriteBoolean("allDelivered", Count("NotDelivered") == 0);
                json.WriteStartArray("results");
                foreach (var result in _results)
                {
                    WriteResult(json, result);
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            buffer.Position = 0;
            return buffer;
        }

        private static void WriteResult(Utf8JsonWriter json, SpawnAlertCheckResult result)
        {
            json.WriteStartObject();
            json.WriteString("alert", result.AlertName);
            json.WriteString("instanceId", result.InstanceId);
            json.WriteString("instanceName", result.InstanceName);
            json.WriteString("condition", result.Condition);
            json.WriteString("state", result.State);
            json.WriteString("detail", result.Detail);
            if (result.EstimatedCost is decimal cost)
            {
                json.WriteNumber("estimatedCost", cost);
            }
            else
            {
                json.WriteNull("estimatedCost");
            }
            json.WriteString("priceSource", result.PriceSource?.ToString());
            json.WriteString("pricesAsOf", result.PricesAsOf);
            WriteList(json, "deliveredTo", result.DeliveredTo);
            WriteList(json, "failedTo", result.FailedTo);
            json.WriteEndObject();
        }

        private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<string> values)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }
            json.WriteEndArray();
        }
    }
}
