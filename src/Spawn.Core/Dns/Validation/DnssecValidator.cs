using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Diagnostics;
using Spawn.Dns.Wire;

namespace Spawn.Dns.Validation
{
    /// <summary>
    /// Validates one name and type from a trust anchor down, as delv does: the anchor's zone's DNSKEY set must be
    /// signed by a key the anchor names; then for each name between the anchor and the query name a DS query shows
    /// either a signed DS set (whose keys then sign the child's DNSKEY set), a signed proof that the name is not a
    /// zone cut, or a signed proof of an unsigned delegation (Insecure). Last the answer itself must be signed by the
    /// zone it belongs to, or its absence proved by NSEC/NSEC3. Any signature that fails, has expired, or is missing
    /// where one is required makes the result Bogus.
    /// </summary>
    public sealed class DnssecValidator
    {
        public const string NoTrustAnchor = "DnssecNoTrustAnchor";

        private readonly DnsTransport _transport;
        private readonly IReadOnlyList<TrustAnchor> _anchors;
        private readonly Func<DateTime> _clock;
        private readonly IOperationLog _log;

        public DnssecValidator(DnsTransport transport, IReadOnlyList<TrustAnchor> anchors, IOperationLog log, Func<DateTime>? clock = null)
        {
            _transport = transport;
            _anchors = anchors;
            _log = log;
            _clock = clock ?? (() => DateTime.UtcNow);
        }

        public async Task<SpawnDnssecResult> ValidateAsync(DnsName name, ushort type, CancellationToken cancellationToken)
        {
            var anchorZone = _anchors.Select(a => a.Zone).Where(name.IsSubdomainOf).OrderByDescending(z => z.LabelCount).FirstOrDefault()
                ?? throw new SpawnValidationException(NoTrustAnchor,
                    $"No trust anchor covers {name} (anchors: {string.Join(", ", _anchors.Select(a => a.Zone).Distinct())}).", name.ToString());
            var result = new SpawnDnssecResult { Name = name.ToString(), Type = RecordType.Name(type), TrustAnchor = anchorZone.ToString() };
            var chain = new List<string>();
            try
            {
                var zone = anchorZone;
                var keys = await TrustedKeysAsync(zone, k => _anchors.Any(a => a.Matches(zone, k)), "trust anchor", chain, cancellationToken).ConfigureAwait(false);
                for (var count = zone.LabelCount + 1; count <= name.LabelCount; count++)
                {
                    var cut = name.Suffix(count);
                    var child = await DelegationAsync(zone, keys, cut, chain, cancellationToken).ConfigureAwait(false);
                    if (child == null)
                    {
                        continue;
                    }
                    if (child.Count == 0)
                    {
                        break;
                    }
                    zone = cut;
                    keys = child;
                }
                var (verdictReason, answer) = await AnswerAsync(zone, keys, name, type, chain, cancellationToken).ConfigureAwait(false);
                result.Verdict = SpawnDnssecVerdict.Secure;
                result.Reason = verdictReason;
                result.Answer = answer;
            }
            catch (ValidationOutcome outcome)
            {
                result.Verdict = outcome.Verdict;
                result.Reason = outcome.Message;
            }
            result.Chain = chain.ToArray();
            return result;
        }

        /// <summary>
        /// Follows the DS of <paramref name="cut"/>: the child's trusted keys when it is a signed zone, null when it is not
        /// a zone cut, an empty list when it does not exist; an unsigned delegation ends the walk as Insecure.
        /// </summary>
        private async Task<IReadOnlyList<DnskeyData>?> DelegationAsync(DnsName zone, IReadOnlyList<DnskeyData> keys, DnsName cut,
            List<string> chain, CancellationToken cancellationToken)
        {
            var response = await QueryAsync(cut, RecordType.DS, cancellationToken).ConfigureAwait(false);
            var ds = RrSet.Find(response.Answers, cut, RecordType.DS);
            if (ds != null)
            {
                RequireSigned(ds, zone, keys);
                var supported = ds.Records.Select(r => DsData.Parse(r.Data))
                    .Where(d => SignatureAlgorithms.IsSupported(d.Algorithm) && DsData.IsSupportedDigest(d.DigestType)).ToList();
                if (supported.Count == 0)
                {
                    throw ValidationOutcome.Insecure($"The DS set of {cut} names only algorithms or digests Spawn cannot validate "
                        + $"({string.Join(", ", ds.Records.Select(r => DsData.Parse(r.Data)).Select(d => $"alg {d.Algorithm} digest {d.DigestType}"))}).");
                }
                chain.Add($"{cut} DS: {string.Join(", ", supported.Select(d => d.KeyTag.ToString(CultureInfo.InvariantCulture)))}, signed by {zone}");
                return await TrustedKeysAsync(cut, k => supported.Any(d => d.Matches(cut, k)), $"DS set in {zone}", chain, cancellationToken).ConfigureAwait(false);
            }
            var proofs = new DenialProofs(response, zone, set => RequireSigned(set, zone, keys));
            if (response.ResponseCode == DnsMessage.NxDomain)
            {
                chain.Add(proofs.ProveNxDomain(cut));
                return Array.Empty<DnskeyData>();
            }
            if (response.ResponseCode != DnsMessage.NoError)
            {
                throw ValidationOutcome.Bogus($"The DS query for {cut} failed with response code {response.ResponseCode}.");
            }
            var absence = proofs.ProveNoDs(cut, out var reason);
            if (absence == DsAbsence.InsecureDelegation)
            {
                chain.Add(reason);
                throw ValidationOutcome.Insecure(reason + ".");
            }
            return null;
        }

        private async Task<(string Reason, string[] Answer)> AnswerAsync(DnsName zone, IReadOnlyList<DnskeyData> keys, DnsName name, ushort type,
            List<string> chain, CancellationToken cancellationToken)
        {
            var response = await QueryAsync(name, type, cancellationToken).ConfigureAwait(false);
            var set = RrSet.Find(response.Answers, name, type) ?? RrSet.Find(response.Answers, name, RecordType.CNAME);
            if (set != null)
            {
                var signature = RequireSigned(set, zone, keys);
                if (signature.Labels < name.LabelCount - (name.IsWildcard ? 1 : 0))
                {
                    // Synthesised from a wildcard: the name itself must be proved absent (RFC 4035 §5.3.4).
                    new DenialProofs(response, zone, s => RequireSigned(s, zone, keys)).ProveNxDomain(name);
                }
                var reason = $"{set.Describe()} is signed by {zone} key {signature.KeyTag}";
                chain.Add(reason);
                return (reason, set.Records.Select(r => r.ToString()).ToArray());
            }
            var proofs = new DenialProofs(response, zone, s => RequireSigned(s, zone, keys));
            string denial;
            if (response.ResponseCode == DnsMessage.NxDomain)
            {
                denial = proofs.ProveNxDomain(name);
            }
            else if (response.ResponseCode == DnsMessage.NoError)
            {
                denial = proofs.ProveNoData(name, type);
            }
            else
            {
                throw ValidationOutcome.Bogus($"The query for {name} {RecordType.Name(type)} failed with response code {response.ResponseCode}.");
            }
            chain.Add(denial);
            return (denial, Array.Empty<string>());
        }

        /// <summary>The zone's DNSKEY set, once a key the anchor or DS names is found in it and has signed it.</summary>
        private async Task<IReadOnlyList<DnskeyData>> TrustedKeysAsync(DnsName zone, Func<DnskeyData, bool> trusted, string trustedBy,
            List<string> chain, CancellationToken cancellationToken)
        {
            var response = await QueryAsync(zone, RecordType.DNSKEY, cancellationToken).ConfigureAwait(false);
            var set = RrSet.Find(response.Answers, zone, RecordType.DNSKEY)
                ?? throw ValidationOutcome.Bogus($"{zone} has no DNSKEY records, but its {trustedBy} says it is signed.");
            var keys = set.Records.Select(r => DnskeyData.Parse(r.Data)).ToList();
            var entry = keys.Where(k => k.IsZoneKey && !k.IsRevoked && trusted(k)).ToList();
            if (entry.Count == 0)
            {
                throw ValidationOutcome.Bogus($"No DNSKEY of {zone} (key tags {string.Join(", ", keys.Select(k => k.KeyTag))}) matches its {trustedBy}.");
            }
            var signature = RequireSigned(set, zone, entry);
            chain.Add($"{zone} DNSKEY: {keys.Count} keys, signed by key {signature.KeyTag} that matches the {trustedBy}");
            return keys;
        }

        /// <summary>The RRSIG by <paramref name="zone"/> that verifies the set with one of the keys; Bogus with every failure otherwise.</summary>
        private RrsigData RequireSigned(RrSet set, DnsName zone, IReadOnlyList<DnskeyData> keys)
        {
            if (set.Signatures.Count == 0)
            {
                throw ValidationOutcome.Bogus($"{set.Describe()} has no RRSIG, but {zone} is signed.");
            }
            var now = _clock();
            var failures = new List<string>();
            foreach (var signature in set.Signatures)
            {
                var by = $"RRSIG({RecordType.Name(set.Type)}) of {set.Name} by key {signature.KeyTag} (algorithm {signature.Algorithm})";
                if (!signature.Signer.Equals(zone))
                {
                    failures.Add($"{by} is from {signature.Signer}, not {zone}");
                    continue;
                }
                if (!SignatureAlgorithms.IsSupported(signature.Algorithm))
                {
                    failures.Add($"{by} uses an algorithm Spawn cannot verify");
                    continue;
                }
                if (signature.Labels > set.Name.LabelCount)
                {
                    failures.Add($"{by} claims more labels than the owner has");
                    continue;
                }
                var expiration = RrsigData.ToTime(signature.Expiration, now);
                var inception = RrsigData.ToTime(signature.Inception, now);
                if (now > expiration)
                {
                    failures.Add($"{by} expired at {expiration:yyyy-MM-ddTHH:mm:ssZ}");
                    continue;
                }
                if (now < inception)
                {
                    failures.Add($"{by} is not valid before {inception:yyyy-MM-ddTHH:mm:ssZ}");
                    continue;
                }
                var candidates = keys.Where(k => k.KeyTag == signature.KeyTag && k.Algorithm == signature.Algorithm && k.IsZoneKey && !k.IsRevoked).ToList();
                if (candidates.Count == 0)
                {
                    failures.Add($"{by}: {zone} has no such DNSKEY");
                    continue;
                }
                var data = set.SignedData(signature);
                if (candidates.Any(k => SignatureAlgorithms.Verify(k, data, signature.Signature)))
                {
                    _log.Verbose($"{set.Describe()}: {by} verifies.");
                    return signature;
                }
                failures.Add($"{by} does not verify (the data or the signature was changed)");
            }
            throw ValidationOutcome.Bogus(string.Join("; ", failures) + ".");
        }

        private Task<DnsMessage> QueryAsync(DnsName name, ushort type, CancellationToken cancellationToken)
        {
            _log.Verbose($"Query {name} {RecordType.Name(type)}.");
            return _transport.QueryAsync(name, type, cancellationToken);
        }
    }
}
