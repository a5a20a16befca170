using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>
    /// Recomputes a recorded request's SigV4 signature independently of the SDK, so a test proves the request was
    /// signed with the test key for the expected region and service (not just that an Authorization header exists).
    /// </summary>
    public static class SigV4Check
    {
        public static void AssertSigned(RecordedRequest request, string region, string service)
        {
            var authorization = request.Headers["Authorization"];
            var match = Regex.Match(authorization,
                @"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, ?SignedHeaders=(?<headers>[^,]+), ?Signature=(?<sig>[0-9a-f]{64})$");
            Assert.True(match.Success, "Authorization is not SigV4: " + authorization);
            Assert.Equal(MotoServer.AccessKey, match.Groups["key"].Value);
            Assert.Equal(region, match.Groups["region"].Value);
            Assert.Equal(service, match.Groups["service"].Value);

            var signedHeaders = match.Groups["headers"].Value.Split(';');
            Assert.Contains("host", signedHeaders);
            Assert.Contains("x-amz-date", signedHeaders);
            var canonicalHeaders = string.Concat(signedHeaders.Select(h => h + ":" + request.Headers[h].Trim() + "\n"));
            var payloadHash = request.Headers.TryGetValue("x-amz-content-sha256", out var declared) ? declared : Hex(Sha256(request.Body));
            Assert.Equal(Hex(Sha256(request.Body)), payloadHash);
            var canonicalRequest = string.Join("\n", request.Method, request.Path, CanonicalQuery(request.Query),
                canonicalHeaders, match.Groups["headers"].Value, payloadHash);

            var amzDate = request.Headers["x-amz-date"];
            var date = match.Groups["date"].Value;
            var scope = $"{date}/{region}/{service}/aws4_request";
            var toSign = string.Join("\n", "AWS4-HMAC-SHA256", amzDate, scope, Hex(Sha256(canonicalRequest)));
            var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + MotoServer.SecretKey), date);
            key = Hmac(key, region);
            key = Hmac(key, service);
            key = Hmac(key, "aws4_request");
            Assert.Equal(Hex(Hmac(key, toSign)), match.Groups["sig"].Value);
        }

        private static string CanonicalQuery(string query) =>
            string.Join("&", query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Contains('=') ? p : p + "=").OrderBy(p => p, StringComparer.Ordinal));

        private static byte[] Sha256(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
        private static byte[] Hmac(byte[] key, string text) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text));
        private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
