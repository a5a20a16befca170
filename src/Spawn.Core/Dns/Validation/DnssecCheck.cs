using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Diagnostics;
using Spawn.Dns.Wire;

namespace Spawn.Dns.Validation
{
    /// <summary>Test-SpawnDnssec's entry point: checks the input, then validates one name and type against one server.</summary>
    public static class DnssecCheck
    {
        public const string InvalidServer = "DnssecInvalidServer";
        public const string InvalidType = "DnssecInvalidType";
        public const string InvalidName = "DnssecInvalidName";

        /// <param name="trustAnchors">DS or DNSKEY records in presentation format; null or empty for the root's KSKs.</param>
        public static Task<SpawnDnssecResult> RunAsync(string name, string type, string server, int port, IReadOnlyList<string>? trustAnchors,
            TimeSpan timeout, IOperationLog log, CancellationToken cancellationToken)
        {
            if (!IPAddress.TryParse(server ?? "", out var address))
            {
                throw new SpawnValidationException(InvalidServer, "-Server must be an IP address (the validator asks that server directly).", server);
            }
            if (!RecordType.TryParse(type, out var code) || code == RecordType.OPT || code == RecordType.RRSIG)
            {
                throw new SpawnValidationException(InvalidType, $"'{type}' is not a record type that can be validated.", type);
            }
            DnsName parsed;
            try
            {
                parsed = DnsName.Parse(name);
            }
            catch (FormatException e)
            {
                throw new SpawnValidationException(InvalidName, e.Message, name);
            }
            var anchors = trustAnchors == null || trustAnchors.Count == 0 ? TrustAnchor.Root : TrustAnchor.Parse(string.Join("\n", trustAnchors));
            var validator = new DnssecValidator(new DnsTransport(new IPEndPoint(address, port), timeout), anchors, log);
            return RunAsync(validator, parsed, code, address, port, cancellationToken);
        }

        private static async Task<SpawnDnssecResult> RunAsync(DnssecValidator validator, DnsName name, ushort type, IPAddress server, int port,
            CancellationToken cancellationToken)
        {
            var result = await validator.ValidateAsync(name, type, cancellationToken).ConfigureAwait(false);
            result.Server = server.ToString();
            result.Port = port;
            return result;
        }
    }
}
