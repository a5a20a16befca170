using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Route53;

namespace Spawn.Dns.Records
{
    /// <summary>
    /// The admin path to the account's namespace <c>&lt;name&gt;.&lt;base36 account&gt;.&lt;zone&gt;</c>, with the caller's own
    /// credentials: list records with their owners, UPSERT and DELETE. Names go through <see cref="RecordName"/>, the
    /// same check the DNS endpoint applies, so the admin path cannot create a name an instance could never register.
    /// </summary>
    public sealed class DnsRecordService
    {
        public const string RecordNotFound = "DnsRecordNotFound";
        public const string NoInstance = "NoInstance";
        public const string InstanceNotRunning = "InstanceNotRunning";
        public const string AddressDiffers = "AddressDiffers";
        public const string RecordRepointed = "DnsRecordRepointed";
        public const string NotInNamespace = "DnsNameNotInNamespace";

        private readonly AwsContext _context;
        private readonly IOperationLog _log;

        private readonly TimeSpan? _firstPollDelay;

        /// <param name="firstPollDelay">The first pause of -Wait's polling (see <see cref="ChangeWaiter"/>); tests shorten it.</param>
        public DnsRecordService(AwsContext context, IOperationLog log, TimeSpan? firstPollDelay = null)
        {
            _context = context;
            _log = log;
            _firstPollDelay = firstPollDelay;
        }

        public async Task<IReadOnlyList<SpawnDnsRecord>> ListAsync(DnsRecordQuery query, CancellationToken cancellationToken)
        {
            var (zone, suffix) = await NamespaceAsync(query.Zone, cancellationToken).ConfigureAwait(false);
            // Route 53 keeps names in reversed-label order, so the namespace's records follow its own name.
            var sets = await _context.Route53.ListAllResourceRecordSetsAsync(
                new ListResourceRecordSetsRequest { HostedZoneId = zone.Id, StartRecordName = suffix + "." }, cancellationToken).ConfigureAwait(false);
            var found = new List<(string Label, SpawnDnsRecordType Type, ResourceRecordSet Set)>();
            foreach (var set in sets)
            {
                var label = LabelIn(DnsNames.Normalize(set.Name), suffix);
                if (label != null && TryType(set.Type, out var type) && set.AliasTarget == null
                    && (query.NameFilter == null || query.NameFilter(label)))
                {
                    found.Add((label, type, set));
                }
            }
            _log.Verbose($"{found.Count} Spawn records under {suffix} in zone {zone.Id}.");
            if (found.Count == 0)
            {
                return Array.Empty<SpawnDnsRecord>();
            }

            var owners = await InstanceOwnerDirectory.LoadAsync(_context, query.Regions, _log, cancellationToken).ConfigureAwait(false);
            var records = new List<SpawnDnsRecord>();
            foreach (var (label, type, set) in found)
            {
                var record = Describe(label, type, set, zone, owners[label].ToList());
                if (query.InstanceIds == null || (record.InstanceId != null && query.InstanceIds.Contains(record.InstanceId)))
                {
                    records.Add(record);
                }
            }
            return records;
        }

        public async Task<SpawnDnsChange> UpsertAsync(ZoneSelector zoneSelector, RecordName name, SpawnDnsRecordType type,
            IReadOnlyList<string> values, long ttl, CancellationToken cancellationToken)
        {
            var formatted = RecordValues.Format(type, values);
            var (zone, suffix) = await NamespaceAsync(zoneSelector, cancellationToken).ConfigureAwait(false);
            var set = new ResourceRecordSet { Name = name.Value + "." + suffix, Type = type.ToString(), Ttl = ttl, Values = formatted };
            var change = await SubmitAsync(zone, ChangeAction.Upsert, new[] { set }, cancellationToken).ConfigureAwait(false);
            return ToChange("UPSERT", name.Value, type, set, zone, change);
        }

        /// <summary>Deletes the record sets of the given types (all of A, AAAA, TXT when null) at the name, in one batch.</summary>
        public async Task<IReadOnlyList<SpawnDnsChange>> DeleteAsync(ZoneSelector zoneSelector, RecordName name,
            IReadOnlyCollection<SpawnDnsRecordType>? types, CancellationToken cancellationToken)
        {
            var (zone, suffix) = await NamespaceAsync(zoneSelector, cancellationToken).ConfigureAwait(false);
            var fqdn = name.Value + "." + suffix;
            var sets = await CurrentSetsAsync(zone, fqdn, types, cancellationToken).ConfigureAwait(false);
            if (sets.Count == 0)
            {
                var which = types == null ? "A, AAAA or TXT" : string.Join(" or ", types);
                throw new SpawnException(RecordNotFound, SpawnErrorKind.ObjectNotFound, $"There is no {which} record named {fqdn} in zone {zone.Name}.")
                {
                    Target = fqdn,
                };
            }
            return await DeleteSetsAsync(zone, name.Value, sets, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Stop-SpawnInstance's clean-up: deletes the A and AAAA records at <paramref name="fqdn"/> only while every value is one of
        /// the instance's <paramref name="addresses"/>, so a name another instance has taken since stays. No record: nothing to do.
        /// The name comes from an instance tag anyone allowed to tag can change, so it must lie directly in the caller's namespace.
        /// </summary>
        public async Task<IReadOnlyList<SpawnDnsChange>> DeleteIfPointingAtAsync(ZoneSelector zoneSelector, string fqdn,
            IReadOnlyCollection<string> addresses, CancellationToken cancellationToken)
        {
            var (zone, suffix) = await NamespaceAsync(zoneSelector, cancellationToken).ConfigureAwait(false);
            var wanted = DnsNames.Normalize(fqdn);
            var label = LabelIn(wanted, suffix) ?? throw new SpawnException(NotInNamespace, SpawnErrorKind.InvalidArgument,
                $"{wanted} is not a name of this account's namespace {suffix}; it was left alone.") { Target = wanted };
            var sets = await CurrentSetsAsync(zone, wanted, new[] { SpawnDnsRecordType.A, SpawnDnsRecordType.AAAA }, cancellationToken).ConfigureAwait(false);
            var ours = new HashSet<string>(addresses.Select(Canonical), StringComparer.Ordinal);
            var elsewhere = sets.SelectMany(s => s.Values).Select(Canonical).Where(v => !ours.Contains(v)).ToList();
            if (elsewhere.Count > 0)
            {
                throw new SpawnException(RecordRepointed, SpawnErrorKind.ResourceExists,
                    $"{wanted} now points at {string.Join(", ", elsewhere)}, not at this instance; it was left alone.") { Target = wanted };
            }
            return sets.Count == 0 ? Array.Empty<SpawnDnsChange>() : await DeleteSetsAsync(zone, label, sets, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The record sets of the given types at the name (DELETE must repeat their exact values and TTL).</summary>
        private async Task<List<ResourceRecordSet>> CurrentSetsAsync(ResolvedZone zone, string fqdn, IReadOnlyCollection<SpawnDnsRecordType>? types,
            CancellationToken cancellationToken)
        {
            // The sets of one name sort together, so one short page starting at the name holds them all.
            var page = await _context.Route53.ListResourceRecordSetsAsync(
                new ListResourceRecordSetsRequest { HostedZoneId = zone.Id, StartRecordName = fqdn + ".", MaxItems = 10 }, cancellationToken).ConfigureAwait(false);
            return page.ResourceRecordSets
                .Where(s => DnsNames.Normalize(s.Name) == fqdn && TryType(s.Type, out var t) && (types == null || types.Contains(t)) && s.AliasTarget == null)
                .ToList();
        }

        private async Task<IReadOnlyList<SpawnDnsChange>> DeleteSetsAsync(ResolvedZone zone, string label, IReadOnlyList<ResourceRecordSet> sets,
            CancellationToken cancellationToken)
        {
            var change = await SubmitAsync(zone, ChangeAction.Delete, sets, cancellationToken).ConfigureAwait(false);
            return sets.Select(s => { TryType(s.Type, out var t); return ToChange("DELETE", label, t, s, zone, change); }).ToList();
        }

        /// <summary>-Wait: one wait per change id until INSYNC; every change of that id then carries the final status.</summary>
        public async Task<IReadOnlyList<SpawnDnsChange>> WaitAsync(IReadOnlyList<SpawnDnsChange> changes, TimeSpan timeout,
            CancellationToken cancellationToken)
        {
            foreach (var group in changes.GroupBy(c => c.ChangeId))
            {
                var first = group.First();
                var info = await new ChangeWaiter(_context.Route53, _log, _firstPollDelay).WaitAsync(new ChangeInfo { Id = first.ChangeId, Status = first.Status },
                    timeout, $"{first.Action} {first.Fqdn}", cancellationToken).ConfigureAwait(false);
                foreach (var change in group)
                {
                    change.Status = info.Status;
                }
            }
            return changes;
        }

        private async Task<ChangeInfo> SubmitAsync(ResolvedZone zone, ChangeAction action, IReadOnlyList<ResourceRecordSet> sets,
            CancellationToken cancellationToken)
        {
            var request = new ChangeResourceRecordSetsRequest { HostedZoneId = zone.Id, Comment = "Spawn " + _context.CorrelationId };
            foreach (var set in sets)
            {
                request.Changes.Add(new Change(action, set));
                _log.Verbose($"{action.ToString().ToUpperInvariant()} {set.Name} {set.Type} {string.Join(" ", set.Values)} (TTL {set.Ttl}).");
            }
            var response = await _context.Route53.ChangeResourceRecordSetsAsync(request, cancellationToken).ConfigureAwait(false);
            return response.ChangeInfo;
        }

        private async Task<(ResolvedZone Zone, string Suffix)> NamespaceAsync(ZoneSelector selector, CancellationToken cancellationToken)
        {
            var zone = await new HostedZoneLocator(_context.Route53).FindAsync(selector, cancellationToken).ConfigureAwait(false);
            var caller = await _context.GetCallerAsync(cancellationToken).ConfigureAwait(false);
            return (zone, AccountNamespace.Label(caller.Account) + "." + zone.Name);
        }

        /// <summary>The single valid label of a name directly under the namespace, or null for any other name.</summary>
        private static string? LabelIn(string name, string suffix)
        {
            if (!name.EndsWith("." + suffix, StringComparison.Ordinal))
            {
                return null;
            }
            var label = name.Substring(0, name.Length - suffix.Length - 1);
            return RecordName.IsValid(label) ? label : null;
        }

        private static bool TryType(string type, out SpawnDnsRecordType parsed) =>
            Enum.TryParse(type, ignoreCase: false, out parsed) && Enum.IsDefined(typeof(SpawnDnsRecordType), parsed);

        private static SpawnDnsRecord Describe(string label, SpawnDnsRecordType type, ResourceRecordSet set, ResolvedZone zone,
            IReadOnlyList<InstanceOwner> candidates)
        {
            var values = set.Values.ToArray();
            var addresses = type == SpawnDnsRecordType.AAAA ? values.Select(Canonical).ToArray() : values;
            // Several instances may carry the name (a terminated one and its successor): the one holding the address wins.
            var owner = candidates.FirstOrDefault(o => o.IsRunning && addresses.Any(o.Addresses.Contains))
                ?? candidates.FirstOrDefault(o => o.IsRunning)
                ?? candidates.FirstOrDefault();
            var record = new SpawnDnsRecord
            {
                Name = label,
                Fqdn = DnsNames.Normalize(set.Name),
                Type = type,
                Values = values,
                Ttl = set.Ttl,
                HostedZoneId = zone.Id,
                ZoneName = zone.Name,
                InstanceId = owner?.InstanceId,
                InstanceState = owner?.State,
                InstanceRegion = owner?.Region,
                InstanceAddresses = owner?.Addresses.ToArray() ?? Array.Empty<string>(),
            };
            record.DanglingReason = owner == null ? NoInstance
                : !owner.IsRunning ? InstanceNotRunning
                : type != SpawnDnsRecordType.TXT && !addresses.All(owner.Addresses.Contains) ? AddressDiffers
                : null;
            record.Dangling = record.DanglingReason != null;
            return record;
        }

        /// <summary>EC2 and Route 53 may write one IPv6 address differently; compare canonical forms.</summary>
        private static string Canonical(string address) => IPAddress.TryParse(address, out var parsed) ? parsed.ToString() : address;

        private static SpawnDnsChange ToChange(string action, string label, SpawnDnsRecordType type, ResourceRecordSet set,
            ResolvedZone zone, ChangeInfo change) => new SpawnDnsChange
            {
                Action = action,
                Name = label,
                Fqdn = DnsNames.Normalize(set.Name),
                Type = type,
                Values = set.Values.ToArray(),
                Ttl = set.Ttl,
                HostedZoneId = zone.Id,
                ChangeId = Route53Wire.BareId(change.Id),
                Status = change.Status,
                SubmittedAt = change.SubmittedAt,
            };
    }
}
