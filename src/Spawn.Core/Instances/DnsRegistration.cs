using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Dns;
using Spawn.Dns.Records;

namespace Spawn.Instances
{
    /// <summary>
    /// New-SpawnInstance -DnsEndpoint: each instance gets <see cref="DnsBootstrap"/> in its user data (it registers its own name
    /// at boot and deletes it at shutdown) and is tagged with the endpoint. With the zone (-DnsZoneName or -DnsHostedZoneId)
    /// it is also tagged with the zone id and its full name, so Stop-SpawnInstance can delete a record the instance itself
    /// could not (an instance terminated from outside may never run its shutdown unit).
    /// </summary>
    public sealed class DnsRegistration
    {
        public const string NameRequired = "DnsEndpointRequiresName";
        public const string ZoneWithoutEndpoint = "DnsZoneWithoutEndpoint";
        public const string ZoneConflict = "DnsZoneConflict";

        /// <summary>The longest account namespace label (base36 of 999999999999), for checking name lengths before the account is known.</summary>
        private const string LongestAccount = "999999999999";

        private DnsRegistration(Uri endpoint, ZoneSelector? zone)
        {
            Endpoint = endpoint;
            Zone = zone;
        }

        public Uri Endpoint { get; }

        /// <summary>Where the endpoint writes the records; null when the caller did not say (then only the instance deletes its record).</summary>
        public ZoneSelector? Zone { get; }

        /// <summary>Null without -DnsEndpoint. Validates everything that needs no AWS call.</summary>
        public static DnsRegistration? From(string? endpoint, string? zoneName, string? zoneId, string? name, IReadOnlyList<string> names)
        {
            if (endpoint == null)
            {
                if (zoneName != null || zoneId != null)
                {
                    throw new SpawnValidationException(ZoneWithoutEndpoint, "-DnsZoneName and -DnsHostedZoneId only apply with -DnsEndpoint.");
                }
                return null;
            }
            var uri = DnsBootstrap.ParseEndpoint(endpoint);
            // A generated name would be registered under a label nobody chose or knows.
            if (name == null)
            {
                throw new SpawnValidationException(NameRequired, "-DnsEndpoint registers the instance under its -Name; give -Name.");
            }
            if (zoneName != null && zoneId != null)
            {
                throw new SpawnValidationException(ZoneConflict, "Give either -DnsZoneName or -DnsHostedZoneId, not both.");
            }
            if (zoneName != null)
            {
                foreach (var each in names)
                {
                    AccountNamespace.Fqdn(RecordName.Parse(each), LongestAccount, zoneName);
                }
            }
            var zone = zoneName != null ? ZoneSelector.ByName(zoneName) : zoneId != null ? ZoneSelector.ById(zoneId) : null;
            return new DnsRegistration(uri, zone);
        }

        /// <summary>The user-data part for one instance: the updater with that instance's own name.</summary>
        public string Bootstrap(string name) => DnsBootstrap.UserData(Endpoint, RecordName.Parse(name));

        /// <summary>A read-only check before anything is created: the zone exists and is not ambiguous.</summary>
        public async Task<ResolvedZone?> ResolveZoneAsync(AwsContext context, CancellationToken token) =>
            Zone == null ? null : await new HostedZoneLocator(context.Route53).FindAsync(Zone, token).ConfigureAwait(false);

        /// <summary>The instance's DNS tags; the zone tags only when the zone is known.</summary>
        public IEnumerable<KeyValuePair<string, string>> Tags(string name, string accountId, ResolvedZone? zone)
        {
            yield return new KeyValuePair<string, string>(SpawnTags.DnsEndpoint, Endpoint.AbsoluteUri);
            if (zone != null)
            {
                yield return new KeyValuePair<string, string>(SpawnTags.DnsZone, zone.Id);
                yield return new KeyValuePair<string, string>(SpawnTags.DnsName, AccountNamespace.Fqdn(RecordName.Parse(name), accountId, zone.Name));
            }
        }

        public string Describe() => "DNS name registered through " + Endpoint.AbsoluteUri + (Zone == null ? "" : " in zone " + Zone);
    }
}
