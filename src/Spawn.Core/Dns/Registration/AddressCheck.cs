using System.Net;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The record's value is the public address EC2 reports, never the caller's word. A client-supplied
    /// <c>ip_address</c> must equal it; with source binding on, so must the TCP peer address the platform reports
    /// (API Gateway's sourceIp, Kestrel's RemoteIpAddress — never X-Forwarded-For, which the caller writes).
    /// </summary>
    public static class AddressCheck
    {
        /// <summary>The public address of the requested type, or null when the instance has none.</summary>
        public static IPAddress? PublicAddress(LiveInstance instance, RecordType type) =>
            type == RecordType.A ? instance.PublicIpv4 : instance.Ipv6;

        public static IPAddress Check(LiveInstance instance, RegistrationRequest request, IPAddress? sourceIp, bool bindSourceIp)
        {
            var value = PublicAddress(instance, request.Type) ?? throw new RegistrationRejectedException(RejectionReason.NoPublicAddress);
            if (request.ClaimedAddress != null && !request.ClaimedAddress.Equals(value))
            {
                throw new RegistrationRejectedException(RejectionReason.IpAddressMismatch);
            }
            if (bindSourceIp && !Same(sourceIp, value))
            {
                throw new RegistrationRejectedException(RejectionReason.SourceAddressMismatch);
            }
            return value;
        }

        /// <summary>Kestrel reports IPv4 peers on dual-stack sockets as ::ffff:a.b.c.d; compare them as IPv4.</summary>
        private static bool Same(IPAddress? source, IPAddress value) =>
            source != null && (source.IsIPv4MappedToIPv6 ? source.MapToIPv4() : source).Equals(value);
    }
}
