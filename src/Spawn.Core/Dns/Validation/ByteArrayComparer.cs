using System.Collections.Generic;
using System.Linq;

namespace Spawn.Dns.Validation
{
    /// <summary>Orders byte strings as RFC 4034 §6.3 orders RDATA: unsigned bytes left to right, shorter first.</summary>
    internal sealed class ByteArrayComparer : IComparer<byte[]>, IEqualityComparer<byte[]>
    {
        public static readonly ByteArrayComparer Instance = new ByteArrayComparer();

        public int Compare(byte[]? x, byte[]? y)
        {
            x ??= new byte[0];
            y ??= new byte[0];
            for (var i = 0; i < x.Length && i < y.Length; i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }
            return x.Length.CompareTo(y.Length);
        }

        public bool Equals(byte[]? x, byte[]? y) => Compare(x, y) == 0;

        public int GetHashCode(byte[] obj) => obj.Aggregate(17, (h, b) => unchecked(h * 31 + b));
    }
}
