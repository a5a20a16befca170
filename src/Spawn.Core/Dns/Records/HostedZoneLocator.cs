using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Route53;

namespace Spawn.Dns.Records
{
    /// <summary>
    /// Finds the hosted zone the caller means. By name: ListHostedZonesByName starting at that name, exact matches
    /// only (the call returns the zones that follow too); two zones of that name (a public and a private one, say)
    /// are ambiguous and refused rather than guessed. By id: GetHostedZone.
    /// </summary>
    public sealed class HostedZoneLocator
    {
        public const string NotFound = "DnsZoneNotFound";
        public const string Ambiguous = "DnsZoneAmbiguous";

        private readonly Route53Client _route53;

        public HostedZoneLocator(Route53Client route53) => _route53 = route53;

        public async Task<ResolvedZone> FindAsync(ZoneSelector selector, CancellationToken cancellationToken)
        {
            if (selector.Id != null)
            {
                try
                {
                    var zone = await _route53.GetHostedZoneAsync(new GetHostedZoneRequest { HostedZoneId = selector.Id }, cancellationToken)
                        .ConfigureAwait(false);
                    return Resolve(zone.HostedZone);
                }
                catch (NoSuchHostedZoneException e)
                {
                    throw new SpawnException(NotFound, SpawnErrorKind.ObjectNotFound, $"No hosted zone has the id '{selector.Id}'.", e)
                    {
                        Target = selector.Id,
                    };
                }
            }

            var wanted = DnsNames.Normalize(selector.Name!);
            var page = await _route53.ListHostedZonesByNameAsync(new ListHostedZonesByNameRequest { DnsName = wanted + "." },
                cancellationToken).ConfigureAwait(false);
            // Zones of one name are adjacent and first on the page; more than two of them would still be ambiguous.
            var matches = page.HostedZones.Where(z => DnsNames.Normalize(z.Name) == wanted).ToList();
            if (matches.Count == 0)
            {
                throw new SpawnException(NotFound, SpawnErrorKind.ObjectNotFound, $"No hosted zone is named '{wanted}'.") { Target = wanted };
            }
            if (matches.Count > 1)
            {
                throw new SpawnException(Ambiguous, SpawnErrorKind.InvalidArgument,
                    $"{matches.Count} hosted zones are named '{wanted}' ({string.Join(", ", matches.Select(z => Route53Wire.BareId(z.Id)))}); use -HostedZoneId.")
                {
                    Target = wanted,
                };
            }
            return Resolve(matches[0]);
        }

        private static ResolvedZone Resolve(HostedZone zone) => new ResolvedZone(Route53Wire.BareId(zone.Id), DnsNames.Normalize(zone.Name));
    }
}
