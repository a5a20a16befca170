using System.IO;
using System.Text;
using System.Text.Json;

namespace Spawn.Dns.Registration
{
    /// <summary>The JSON bodies the endpoint answers with: built from fixed text and verified values only.</summary>
    public static class ResponseBody
    {
        public static EndpointResponse Success(string requestId, string action, string fqdn, string ipAddress, string? changeId) =>
            new EndpointResponse(200, Write(json =>
            {
                json.WriteBoolean("success", true);
                json.WriteString("action", action);
                json.WriteString("fqdn", fqdn);
                json.WriteString("ipAddress", ipAddress);
                json.WriteString("changeId", changeId);
                json.WriteBoolean("changed", changeId != null);
                json.WriteString("requestId", requestId);
            }));

        public static EndpointResponse Failure(string requestId, Rejection rejection) =>
            new EndpointResponse(rejection.Status, Write(json =>
            {
                json.WriteBoolean("success", false);
                json.WriteString("error", rejection.Code);
                json.WriteString("message", rejection.Message);
                json.WriteString("requestId", requestId);
            }));

        private static string Write(System.Action<Utf8JsonWriter> members)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                members(json);
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
