using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Spawn.Lambda;
using Spawn.Tests.Infrastructure;

namespace Spawn.Tests.Lambda
{
    /// <summary>
    /// Runs <see cref="AlertCheckFunction"/> with an environment like the deployed function's, pointed at an AWS endpoint
    /// (moto, or a fake) with the test credentials, and keeps its summary and log lines. Prices come from the shipped
    /// table unless a test says otherwise: moto does not serve the Pricing API.
    /// </summary>
    internal sealed class AlertCheckHarness
    {
        /// <summary>What EventBridge sends for a scheduled rule.</summary>
        public const string ScheduledEvent =
            "{\"version\":\"0\",\"id\":\"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\","
            + "\"account\":\"123456789012\",\"time\":\"2026-02-16T00:00:00Z\",\"region\":\"us-east-1\","
            + "\"resources\":[\"arn:aws:events:us-east-1:123456789012:rule/spawn-alert-check\"],\"detail\":{}}";

        public AlertCheckHarness(string endpoint, string names)
        {
            Environment = new Dictionary<string, string>
            {
                ["AWS_ACCESS_KEY_ID"] = MotoServer.AccessKey,
                ["AWS_SECRET_ACCESS_KEY"] = MotoServer.SecretKey,
                ["AWS_REGION"] = MotoServer.Region,
                ["AWS_ENDPOINT_URL"] = endpoint,
                ["AWS_EC2_METADATA_DISABLED"] = "true",
                ["SPAWN_ALERT_NAMES"] = names,
                ["SPAWN_ALERT_PRICE_SOURCE"] = "PriceTable",
            };
        }

        public Dictionary<string, string> Environment { get; }
        public ConcurrentQueue<string> LogLines { get; } = new ConcurrentQueue<string>();

        /// <summary>The summary's text and its parsed form.</summary>
        public async Task<(string Text, JsonElement Summary)> InvokeAsync(string eventJson = ScheduledEvent)
        {
            var function = new AlertCheckFunction(name => Environment.TryGetValue(name, out var value) ? value : null, LogLines.Enqueue);
            using var output = await function.Handle(new MemoryStream(Encoding.UTF8.GetBytes(eventJson)));
            var text = await new StreamReader(output).ReadToEndAsync();
            return (text, JsonDocument.Parse(text).RootElement);
        }

        public static int Count(JsonElement summary, string state) => summary.GetProperty("counts").GetProperty(state).GetInt32();

        public static JsonElement[] Results(JsonElement summary) => summary.GetProperty("results").EnumerateArray().ToArray();

        public static string[] Strings(JsonElement result, string member) =>
            result.GetProperty(member).EnumerateArray().Select(e => e.GetString()!).ToArray();
    }
}
