using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Route53;

namespace Spawn.Dns.Registration
{
    /// <summary><see cref="IDnsRecords"/> over Spawn's Route 53 client, for one hosted zone.</summary>
    public sealed class Route53Records : IDnsRecords
    {
        private readonly Route53Client _route53;
        private readonly string _zoneId;

        public Route53Records(Route53Client route53, string zoneId)
        {
            _route53 = route53;
            _zoneId = zoneId;
        }

        public async Task<CurrentRecord?> GetAsync(string fqdn, RecordType type, CancellationToken cancellationToken)
        {
            var page = await _route53.ListResourceRecordSetsAsync(new ListResourceRecordSetsRequest
            {
                HostedZoneId = _zoneId,
                StartRecordName = fqdn,
                StartRecordType = TypeName(type),
                MaxItems = 1,
            }, cancellationToken).ConfigureAwait(false);
            // The listing starts at the name; the first set is ours only if name and type match exactly.
            var set = page.ResourceRecordSets.FirstOrDefault();
            return set != null && string.Equals(set.Name.TrimEnd('.'), fqdn, StringComparison.OrdinalIgnoreCase)
                && set.Type == TypeName(type) && set.Ttl != null && set.SetIdentifier == null
                ? new CurrentRecord(set.Ttl.Value, set.Values.ToList())
                : null;
        }

        public Task<string> UpsertAsync(string fqdn, RecordType type, string value, int ttl, CancellationToken cancellationToken) =>
            ChangeAsync(ChangeAction.Upsert, fqdn, type, ttl, new List<string> { value }, cancellationToken);

        public Task<string> DeleteAsync(string fqdn, RecordType type, CurrentRecord record, CancellationToken cancellationToken) =>
            ChangeAsync(ChangeAction.Delete, fqdn, type, record.Ttl, record.Values.ToList(), cancellationToken);

        private async Task<string> ChangeAsync(ChangeAction action, string fqdn, RecordType type, long ttl, IList<string> values,
            CancellationToken cancellationToken)
        {
            var response = await _route53.ChangeResourceRecordSetsAsync(new ChangeResourceRecordSetsRequest
            {
                HostedZoneId = _zoneId,
                Comment = "spawn dns endpoint",
                Changes =
                {
                    new Change(action, new ResourceRecordSet { Name = fqdn + ".", Type = TypeName(type), Ttl = ttl, Values = values }),
                },
            }, cancellationToken).ConfigureAwait(false);
            return response.ChangeInfo.Id;
        }

        private static string TypeName(RecordType type) => type == RecordType.A ? "A" : "AAAA";
    }
}
