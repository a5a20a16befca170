using System.IO;
using System.Text.Json;
using Spawn.Dns.Registration;

namespace Spawn.Lambda
{
    /// <summary>The proxy response both API Gateway payload versions accept: statusCode, headers, body.</summary>
    public static class ApiGatewayResponse
    {
        public static MemoryStream Write(EndpointResponse response)
        {
            var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteNumber("statusCode", response.Status);
                json.WriteStartObject("headers");
                foreach (var header in response.Headers)
                {
                    json.WriteString(header.Key, header.Value);
                }
                json.WriteEndObject();
                json.WriteString("body", response.Body);
                json.WriteBoolean("isBase64Encoded", false);
                json.WriteEndObject();
            }
            buffer.Position = 0;
            return buffer;
        }
    }
}
