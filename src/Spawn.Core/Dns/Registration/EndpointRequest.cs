using System.Net;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// What either host (API Gateway event or Kestrel) hands the pipeline: the method, the content type, the body
    /// bytes (already bounded by <see cref="RequestEnvelope.MaxBodyBytes"/> + 1 by the host) and the TCP peer address
    /// the platform reports. Forwarding headers are deliberately not part of it.
    /// </summary>
    public sealed class EndpointRequest
    {
        public EndpointRequest(string method, string? contentType, byte[] body, IPAddress? sourceIp, string requestId)
        {
            Method = method;
            ContentType = contentType;
            Body = body;
            SourceIp = sourceIp;
            RequestId = requestId;
        }

        public string Method { get; }
        public string? ContentType { get; }
        public byte[] Body { get; }
        public IPAddress? SourceIp { get; }
        public string RequestId { get; }
    }
}
