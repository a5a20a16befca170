using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace Spawn.Audit.Network
{
    /// <summary>
    /// A set of addresses of one family as sorted, disjoint, inclusive intervals. Reachability is set arithmetic:
    /// internet sources ∩ routed ∩ NACL-admitted ∩ SG-admitted, so split CIDRs and overlapping rules need no special cases.
    /// </summary>
    public sealed class AddressSet
    {
        private readonly List<(BigInteger Start, BigInteger End)> _ranges;

        private AddressSet(AddressFamily family, List<(BigInteger, BigInteger)> ranges)
        {
            Family = family;
            _ranges = ranges;
        }

        public AddressFamily Family { get; }
        public bool IsEmpty => _ranges.Count == 0;

        public static AddressSet Empty(AddressFamily family) => new AddressSet(family, new List<(BigInteger, BigInteger)>());
        public static AddressSet All(AddressFamily family) => Of(Cidr.All(family));
        public static AddressSet Of(Cidr cidr) => new AddressSet(cidr.Family, new List<(BigInteger, BigInteger)> { (cidr.First, cidr.Last) });

        public static AddressSet Of(AddressFamily family, IEnumerable<Cidr> cidrs)
        {
            var set = Empty(family);
            foreach (var c in cidrs.Where(c => c.Family == family))
            {
                set = set.Union(Of(c));
            }
            return set;
        }

        /// <summary>Number of addresses in the set.</summary>
        public BigInteger Size => _ranges.Aggregate(BigInteger.Zero, (sum, r) => sum + (r.End - r.Start + 1));

        public AddressSet Union(AddressSet other)
        {
            CheckFamily(other);
            var all = _ranges.Concat(other._ranges).OrderBy(r => r.Start).ToList();
            var merged = new List<(BigInteger, BigInteger)>();
            foreach (var r in all)
            {
                if (merged.Count > 0 && r.Start <= merged[merged.Count - 1].Item2 + 1)
                {
                    var last = merged[merged.Count - 1];
                    merged[merged.Count - 1] = (last.Item1, BigInteger.Max(last.Item2, r.End));
                }
                else
                {
                    merged.Add(r);
                }
            }
            return new AddressSet(Family, merged);
        }

        public AddressSet Intersect(AddressSet other)
        {
            CheckFamily(other);
            var result = new List<(BigInteger, BigInteger)>();
            foreach (var a in _ranges)
            {
                foreach (var b in other._ranges)
                {
                    var start = BigInteger.Max(a.Start, b.Start);
                    var end = BigInteger.Min(a.End, b.End);
                    if (start <= end)
                    {
                        result.Add((start, end));
                    }
                }
            }
            return new AddressSet(Family, result.OrderBy(r => r.Item1).ToList());
        }

        public AddressSet Except(AddressSet other)
        {
            CheckFamily(other);
            var result = new List<(BigInteger, BigInteger)>();
            foreach (var a in _ranges)
            {
                var pieces = new List<(BigInteger Start, BigInteger End)> { a };
                foreach (var b in other._ranges)
                {
                    var next = new List<(BigInteger, BigInteger)>();
                    foreach (var p in pieces)
                    {
                        if (b.End < p.Start || b.Start > p.End)
                        {
                            next.Add(p);
                            continue;
                        }
                        if (b.Start > p.Start)
                        {
                            next.Add((p.Start, b.Start - 1));
                        }
                        if (b.End < p.End)
                        {
                            next.Add((b.End + 1, p.End));
                        }
                    }
                    pieces = next;
                }
                result.AddRange(pieces.Select(p => (p.Start, p.End)));
            }
            return new AddressSet(Family, result.OrderBy(r => r.Item1).ToList());
        }

        /// <summary>The lowest address in the set, as text (an example source for evidence).</summary>
        public string? Sample() => IsEmpty ? null : Cidr.FormatAddress(Family, _ranges[0].Start);

        private void CheckFamily(AddressSet other)
        {
            if (other.Family != Family)
            {
                throw new ArgumentException("Address families differ.");
            }
        }
    }
}
