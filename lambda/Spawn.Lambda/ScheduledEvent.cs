using System.Text;
using System.Text.Json;
using Spawn.Alerts;

namespace Spawn.Lambda
{
    /// <summary>
    /// Reads an EventBridge scheduled event (or a rule's constant input) only for the overrides its optional
    /// <c>detail</c> object may carry: <c>names</c> and <c>priceSource</c>. Everything else in the event is ignored,
    /// and an empty event means no overrides.
    /// </summary>
    public static class ScheduledEvent
    {
        public static (string? Names, string? PriceSource) Read(byte[] eventJson)
        {
            if (Encoding.UTF8.GetString(eventJson).Trim().Length == 0)
            {
                return (null, null);
            }
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(eventJson);
            }
            catch (JsonException)
            {
                throw AlertCheckEnvironment.Invalid("The event", "is not JSON");
            }
            using (json)
            {
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("detail", out var detail) || detail.ValueKind != JsonValueKind.Object)
                {
                    return (null, null);
                }
                return (Text(detail, "names", AlertCheckEnvironment.EventNames), Text(detail, "priceSource", AlertCheckEnvironment.EventPriceSource));
            }
        }

        /// <summary>A member that is there must be a string: an override of the wrong type is a mistake, not "no override".</summary>
        private static string? Text(JsonElement detail, string member, string setting)
        {
            if (!detail.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            return value.ValueKind == JsonValueKind.String ? value.GetString() : throw AlertCheckEnvironment.Invalid(setting, "must be a string");
        }
    }
}
