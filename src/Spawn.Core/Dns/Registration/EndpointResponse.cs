using System.Collections.Generic;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The pipeline's answer: a status and a JSON body. The headers are fixed here so both hosts send the same
    /// ones; there is no CORS header because this is not a browser API.
    /// </summary>
    public sealed class EndpointResponse
    {
        public EndpointResponse(int status, string body)
        {
            Status = status;
            Body = body;
        }

        public int Status { get; }
        public string Body { get; }

        public IReadOnlyDictionary<string, string> Headers { get; } = new Dictionary<string, string>
        {
            ["Content-Type"] = "application/json; charset=utf-8",
            ["Cache-Control"] = "no-store",
            ["X-Content-Type-Options"] = "nosniff",
        };
    }
}
