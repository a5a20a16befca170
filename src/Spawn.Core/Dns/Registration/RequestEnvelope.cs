using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The first, cheapest stage: POST, a JSON media type, and a body no larger than 8 KiB (real requests are under
    /// 3 KiB). Hosts read at most one byte past the cap (<see cref="ReadBoundedAsync"/>), so an oversized body is
    /// refused without being buffered whatever the platform's own limits are.
    /// </summary>
    public static class RequestEnvelope
    {
        public const int MaxBodyBytes = 8 * 1024;

        public static void Check(EndpointRequest request)
        {
            if (!string.Equals(request.Method, "POST", StringComparison.Ordinal))
            {
                throw new RegistrationRejectedException(RejectionReason.MethodNotAllowed);
            }
            if (!IsJson(request.ContentType))
            {
                throw new RegistrationRejectedException(RejectionReason.UnsupportedMediaType);
            }
            if (request.Body.Length > MaxBodyBytes)
            {
                throw new RegistrationRejectedException(RejectionReason.BodyTooLarge);
            }
        }

        /// <summary>Reads up to <see cref="MaxBodyBytes"/> + 1 bytes: enough to tell "too large" without reading it all.</summary>
        public static async Task<byte[]> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
        {
            var buffer = new byte[MaxBodyBytes + 1];
            var total = 0;
            while (total < buffer.Length)
            {
                var read = await body.ReadAsync(buffer, total, buffer.Length - total, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                total += read;
            }
            var result = new byte[total];
            Array.Copy(buffer, result, total);
            return result;
        }

        /// <summary><c>application/json</c>, optionally with parameters (charset); nothing else, no sniffing.</summary>
        private static bool IsJson(string? contentType)
        {
            if (contentType == null)
            {
                return false;
            }
            var semicolon = contentType.IndexOf(';');
            var mediaType = (semicolon < 0 ? contentType : contentType.Substring(0, semicolon)).Trim();
            return string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase);
        }
    }
}
