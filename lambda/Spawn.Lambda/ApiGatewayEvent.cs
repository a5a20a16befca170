using System;
using System.Net;
using System.Text;
using System.Text.Json;
using Spawn.Dns.Registration;

namespace Spawn.Lambda
{
    /// <summary>
    /// Reads an API Gateway proxy event, REST API (payload 1.0: httpMethod, requestContext.identity.sourceIp) or HTTP API
    /// (payload 2.0: requestContext.http.method and .sourceIp), into the pipeline's request. The source address is the
    /// one API Gateway reports for the TCP connection; headers such as X-Forwarded-For are never read.
    /// </summary>
    public static class ApiGatewayEvent
    {
        public static EndpointRequest Read(byte[] eventJson)
        {
            using var json = JsonDocument.Parse(eventJson);
            var root = json.RootElement;
            var context = Member(root, "requestContext");
            var isV2 = Text(root, "version") == "2.0";
            var method = isV2 ? Text(Member(context, "http"), "method") : Text(root, "httpMethod");
            var sourceIp = isV2 ? Text(Member(context, "http"), "sourceIp") : Text(Member(context, "identity"), "sourceIp");
            return new EndpointRequest(
                method ?? "",
                Header(Member(root, "headers"), "content-type"),
                Body(Text(root, "body"), Member(root, "isBase64Encoded")?.ValueKind == JsonValueKind.True),
                sourceIp != null && IPAddress.TryParse(sourceIp, out var address) ? address : null,
                Text(context, "requestId") ?? Guid.NewGuid().ToString("N"));
        }

        /// <summary>
        /// The body as bytes, but never more than the cap plus one byte: a longer body becomes a marker of cap+1 bytes so
        /// that the envelope refuses it without this code decoding megabytes first.
        /// </summary>
        private static byte[] Body(string? body, bool base64)
        {
            if (body == null)
            {
                return Array.Empty<byte>();
            }
            var tooLarge = new byte[RequestEnvelope.MaxBodyBytes + 1];
            if (base64)
            {
                if (body.Length > (RequestEnvelope.MaxBodyBytes + 3) / 3 * 4 + 4)
                {
                    return tooLarge;
                }
                try
                {
                    return Convert.FromBase64String(body);
                }
                catch (FormatException)
                {
                    return Array.Empty<byte>();
                }
            }
            return body.Length > RequestEnvelope.MaxBodyBytes ? tooLarge : Encoding.UTF8.GetBytes(body);
        }

        /// <summary>Header names are case-insensitive; REST events keep the client's casing, HTTP API events lowercase them.</summary>
        private static string? Header(JsonElement? headers, string name)
        {
            if (headers?.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            foreach (var header in headers.Value.EnumerateObject())
            {
                if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase) && header.Value.ValueKind == JsonValueKind.String)
                {
                    return header.Value.GetString();
                }
            }
            return null;
        }

        private static JsonElement? Member(JsonElement? parent, string name) =>
            parent?.ValueKind == JsonValueKind.Object && parent.Value.TryGetProperty(name, out var value) ? value : (JsonElement?)null;

        private static string? Text(JsonElement? parent, string name) =>
            Member(parent, name) is JsonElement value && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
