using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Spawn.Lambda;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>The Lambda handler on API Gateway REST (1.0) and HTTP API (2.0) events, and the Kestrel host, over the same pipeline.</summary>
    public sealed class ApiGatewayEventTests : IDisposable
    {
        private readonly OfflineEndpoint _endpoint = new OfflineEndpoint();

        public void Dispose() => _endpoint.Dispose();

        private static string RestEvent(string body, string sourceIp, string method = "POST", bool base64 = false) => JsonSerializer.Serialize(new
        {
            resource = "/register",
            path = "/register",
            httpMethod = method,
            headers = new { ContentType = "application/json" },
            body = base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(body)) : body,
            isBase64Encoded = base64,
            requestContext = new { requestId = "rest-1", identity = new { sourceIp } },
        }).Replace("ContentType", "Content-Type");

        private static string HttpApiEvent(string body, string sourceIp, string forwardedFor = "198.51.100.7") => JsonSerializer.Serialize(new
        {
            version = "2.0",
            routeKey = "POST /register",
            rawPath = "/register",
            headers = new { content_type = "application/json", x_forwarded_for = forwardedFor },
            body,
            isBase64Encoded = false,
            requestContext = new { requestId = "http-1", http = new { method = "POST", sourceIp } },
        }).Replace("content_type", "content-type").Replace("x_forwarded_for", "x-forwarded-for");

        private async Task<JsonElement> Invoke(string eventJson)
        {
            using var input = new MemoryStream(Encoding.UTF8.GetBytes(eventJson));
            using var output = await new Function(_endpoint.Pipeline).Handle(input);
            return JsonDocument.Parse(output).RootElement.Clone();
        }

        [Fact]
        public async Task RestApiEventIsHandled()
        {
            var response = await Invoke(RestEvent(EndpointHarness.Body(_endpoint.Identity(), "web"), OfflineEndpoint.PublicIp));
            Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
            Assert.Contains("\"requestId\":\"rest-1\"", response.GetProperty("body").GetString());
        }

        [Fact]
        public async Task RestApiEventWithBase64BodyIsHandled()
        {
            var response = await Invoke(RestEvent(EndpointHarness.Body(_endpoint.Identity(), "web"), OfflineEndpoint.PublicIp, base64: true));
            Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        }

        [Fact]
        public async Task HttpApiEventIsHandled()
        {
            var response = await Invoke(HttpApiEvent(EndpointHarness.Body(_endpoint.Identity(), "web"), OfflineEndpoint.PublicIp));
            Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
            Assert.Contains("\"requestId\":\"http-1\"", response.GetProperty("body").GetString());
        }

        [Fact]
        public async Task SourceIsTheReportedPeerNeverXForwardedFor()
        {
            // The header names the instance's address; the TCP peer API Gateway reports is someone else.
            var response = await Invoke(HttpApiEvent(EndpointHarness.Body(_endpoint.Identity(), "web"), "203.0.113.66"));
            Assert.Equal(403, response.GetProperty("statusCode").GetInt32());
            Assert.Contains("SourceAddressMismatch", response.GetProperty("body").GetString());
        }

        [Fact]
        public async Task RestGetIsRefused()
        {
            var response = await Invoke(RestEvent("", OfflineEndpoint.PublicIp, "GET"));
            Assert.Equal(405, response.GetProperty("statusCode").GetInt32());
        }

        [Fact]
        public async Task OversizedEventBodyIsRefusedWith413()
        {
            var response = await Invoke(HttpApiEvent(new string(' ', 1_000_000) + "{}", OfflineEndpoint.PublicIp));
            Assert.Equal(413, response.GetProperty("statusCode").GetInt32());
        }

        [Fact]
        public async Task ResponsesHaveNoCorsHeader()
        {
            foreach (var eventJson in new[] { RestEvent("{", "192.0.2.1"), HttpApiEvent(EndpointHarness.Body(_endpoint.Identity(), "web"), OfflineEndpoint.PublicIp) })
            {
                var headers = (await Invoke(eventJson)).GetProperty("headers").EnumerateObject().Select(h => h.Name).ToList();
                Assert.Contains("Content-Type", headers);
                Assert.DoesNotContain(headers, h => h.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
            }
        }

        [Fact]
        public async Task UnreadableEventGetsTheFixedInternalError()
        {
            using var input = new MemoryStream(Encoding.UTF8.GetBytes("not json"));
            using var output = await new Function(_endpoint.Pipeline).Handle(input);
            var response = JsonDocument.Parse(output).RootElement;
            Assert.Equal(500, response.GetProperty("statusCode").GetInt32());
            Assert.DoesNotContain("JsonException", response.GetProperty("body").GetString());
        }

        [Fact]
        public async Task KestrelHostRunsThePipelineEnforcesTheBodyCapAndIgnoresXForwardedFor()
        {
            var url = $"http://127.0.0.1:{MotoServer.FreePort()}";
            await using var app = await LocalHost.StartAsync(url, _endpoint.Pipeline);
            using var http = new HttpClient();

            var body = new StringContent(EndpointHarness.Body(_endpoint.Identity(), "web"), Encoding.UTF8, "application/json");
            var spoofed = new HttpRequestMessage(HttpMethod.Post, url + "/") { Content = body };
            spoofed.Headers.Add("X-Forwarded-For", OfflineEndpoint.PublicIp);
            var refused = await http.SendAsync(spoofed);
            Assert.Equal(403, (int)refused.StatusCode);
            Assert.Contains("SourceAddressMismatch", await refused.Content.ReadAsStringAsync());
            Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

            var big = await http.PostAsync(url + "/", new StringContent(new string('x', 100_000), Encoding.UTF8, "application/json"));
            Assert.Equal(413, (int)big.StatusCode);
            Assert.Equal("application/json; charset=utf-8", big.Content.Headers.ContentType!.ToString());
        }
    }
}
