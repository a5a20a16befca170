using System;
using System.Collections.Generic;
using System.Linq;
using Spawn.Dns.Wire;

namespace Spawn.Dns.Validation
{
    /// <summary>
    /// Checks the NSEC (RFC 4035 §5.4) or NSEC3 (RFC 5155 §8) records of a negative answer: the name exists without
    /// the type (NODATA), the name does not exist and no wildcard could have made it (NXDOMAIN), or a delegation has
    /// no DS. Every NSEC/NSEC3 used must carry a valid signature of the zone (the caller's <c>requireSigned</c>).
    /// Wildcard answers' proofs are limited to showing the query name is covered (no wildcard NODATA).
    /// </summary>
    internal sealed class DenialProofs
    {
        private readonly DnsName _zone;
        private readonly Action<RrSet> _requireSigned;
        private readonly IReadOnlyList<RrSet> _nsec;
        private readonly IReadOnlyList<RrSet> _nsec3;

        public DenialProofs(DnsMessage response, DnsName zone, Action<RrSet> requireSigned)
        {
            _zone = zone;
            _requireSigned = requireSigned;
            _nsec = RrSet.All(response.Authority, RecordType.NSEC);
            _nsec3 = RrSet.All(response.Authority, RecordType.NSEC3).Where(s => s.Name.Parent.Equals(zone)).ToList();
        }

        public string ProveNoData(DnsName name, ushort type)
        {
            var types = TypesAt(name, out var proof);
            if (types == null)
            {
                throw ValidationOutcome.Bogus($"No NSEC or NSEC3 record proves that {name} has no {RecordType.Name(type)} record.");
            }
            if (types.Contains(type) || types.Contains(RecordType.CNAME))
            {
                throw ValidationOutcome.Bogus($"{proof} lists {RecordType.Name(type)} or CNAME at {name}, but the answer had none.");
            }
            return $"{name} has no {RecordType.Name(type)} record ({proof})";
        }

        public string ProveNxDomain(DnsName name)
        {
            if (_nsec.Count > 0)
            {
                var covering = Covering(name) ?? throw ValidationOutcome.Bogus($"No NSEC record covers {name}, so its non-existence is not proved.");
                var next = NsecData.Parse(covering.Records[0].Data).Next;
                var encloser = Deeper(CommonAncestor(name, covering.Name), CommonAncestor(name, next));
                var wildcard = encloser.Prepend("*");
                if (_nsec.Any(s => s.Name.Equals(wildcard)))
                {
                    throw ValidationOutcome.Bogus($"The wildcard {wildcard} exists, so {name} should have been answered from it.");
                }
                var wildcardCover = Covering(wildcard) ?? throw ValidationOutcome.Bogus($"No NSEC record proves that {wildcard} does not exist.");
                return $"{name} does not exist (NSEC {covering.Name} covers it, NSEC {wildcardCover.Name} covers {wildcard})";
            }
            if (_nsec3.Count > 0)
            {
                var encloser = ClosestEncloser(name);
                var nextCloser = name.Suffix(encloser.LabelCount + 1);
                var cover = Nsec3Covering(nextCloser) ?? throw ValidationOutcome.Bogus($"No NSEC3 record covers {nextCloser}, the next closer name of {name}.");
                var wildcard = encloser.Prepend("*");
                if (!Nsec3Data.Parse(cover.Records[0].Data).OptOut && Nsec3Covering(wildcard) == null)
                {
                    throw ValidationOutcome.Bogus($"No NSEC3 record proves that {wildcard} does not exist.");
                }
                return $"{name} does not exist (NSEC3: closest encloser {encloser}, next closer {nextCloser} covered)";
            }
            throw ValidationOutcome.Bogus($"The answer says {name} does not exist but carries no NSEC or NSEC3 proof.");
        }

        /// <summary>What a signed answer without DS at <paramref name="name"/> proves (the caller checks NXDOMAIN first).</summary>
        public DsAbsence ProveNoDs(DnsName name, out string reason)
        {
            var types = TypesAt(name, out var proof);
            if (types != null)
            {
                if (types.Contains(RecordType.DS))
                {
                    throw ValidationOutcome.Bogus($"{proof} lists DS at {name}, but the answer had none.");
                }
                if (types.Contains(RecordType.NS) && !types.Contains(RecordType.SOA))
                {
                    reason = $"{name} is delegated without a DS record ({proof} shows NS and no DS)";
                    return DsAbsence.InsecureDelegation;
                }
                reason = $"{name} is not a zone cut ({proof})";
                return DsAbsence.NotAZoneCut;
            }
            var optOut = Nsec3Covering(name);
            if (optOut != null && Nsec3Data.Parse(optOut.Records[0].Data).OptOut)
            {
                reason = $"{name} falls in an opt-out NSEC3 span ({optOut.Name}): any delegation there is unsigned";
                return DsAbsence.InsecureDelegation;
            }
            throw ValidationOutcome.Bogus($"No NSEC or NSEC3 record proves that {name} has no DS record.");
        }

        /// <summary>The types at an existing name per a matching NSEC/NSEC3 (empty for an empty non-terminal), or null.</summary>
        private ISet<ushort>? TypesAt(DnsName name, out string proof)
        {
            var nsec = _nsec.FirstOrDefault(s => s.Name.Equals(name));
            if (nsec != null)
            {
                _requireSigned(nsec);
                proof = $"NSEC at {name}";
                return NsecData.Parse(nsec.Records[0].Data).Types;
            }
            var emptyNonTerminal = _nsec.FirstOrDefault(s => CoversName(s, name) && NsecData.Parse(s.Records[0].Data).Next.IsSubdomainOf(name));
            if (emptyNonTerminal != null)
            {
                _requireSigned(emptyNonTerminal);
                proof = $"NSEC {emptyNonTerminal.Name} shows an empty non-terminal";
                return new HashSet<ushort>();
            }
            var nsec3 = Nsec3Matching(name);
            if (nsec3 != null)
            {
                _requireSigned(nsec3);
                proof = $"NSEC3 {nsec3.Name} matching {name}";
                return Nsec3Data.Parse(nsec3.Records[0].Data).Types;
            }
            proof = "";
            return null;
        }

        private RrSet? Covering(DnsName name)
        {
            var set = _nsec.FirstOrDefault(s => CoversName(s, name));
            if (set != null)
            {
                _requireSigned(set);
            }
            return set;
        }

        /// <summary>owner &lt; name &lt; next in canonical order; the last NSEC of a zone points back to the apex.</summary>
        private static bool CoversName(RrSet nsec, DnsName name)
        {
            var next = NsecData.Parse(nsec.Records[0].Data).Next;
            return nsec.Name.CompareTo(name) < 0 && (name.CompareTo(next) < 0 || next.CompareTo(nsec.Name) <= 0);
        }

        private DnsName ClosestEncloser(DnsName name)
        {
            for (var count = name.LabelCount; count >= _zone.LabelCount; count--)
            {
                var candidate = name.Suffix(count);
                var match = Nsec3Matching(candidate);
                if (match != null)
                {
                    if (count == name.LabelCount)
                    {
                        throw ValidationOutcome.Bogus($"NSEC3 {match.Name} shows that {name} exists, yet the answer says it does not.");
                    }
                    _requireSigned(match);
                    return candidate;
                }
            }
            throw ValidationOutcome.Bogus($"No NSEC3 record proves a closest encloser of {name}.");
        }

        private RrSet? Nsec3Matching(DnsName name) => _nsec3.FirstOrDefault(s =>
        {
            var owner = Nsec3Hash.FromOwner(s.Name);
            return owner != null && owner.SequenceEqual(Nsec3Hash.Compute(name, Nsec3Data.Parse(s.Records[0].Data)));
        });

        private RrSet? Nsec3Covering(DnsName name)
        {
            var set = _nsec3.FirstOrDefault(s =>
            {
                var data = Nsec3Data.Parse(s.Records[0].Data);
                var owner = Nsec3Hash.FromOwner(s.Name);
                return owner != null && Nsec3Hash.Covers(owner, data.NextHash, Nsec3Hash.Compute(name, data));
            });
            if (set != null)
            {
                _requireSigned(set);
            }
            return set;
        }

        private static DnsName CommonAncestor(DnsName a, DnsName b)
        {
            var count = 0;
            while (count < Math.Min(a.LabelCount, b.LabelCount) && a.Suffix(count + 1).Equals(b.Suffix(count + 1)))
            {
                count++;
            }
            return a.Suffix(count);
        }

        private static DnsName Deeper(DnsName a, DnsName b) => a.LabelCount >= b.LabelCount ? a : b;
    }
}
