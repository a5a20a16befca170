using System.Collections.Generic;

namespace Spawn.Dns.Wire
{
    /// <summary>The type bit maps of NSEC and NSEC3 (RFC 4034 §4.1.2): which types exist at a name.</summary>
    internal static class TypeBitmap
    {
        public static HashSet<ushort> Read(WireReader reader, int end)
        {
            var types = new HashSet<ushort>();
            while (reader.Position < end)
            {
                var window = reader.U8();
                var length = reader.U8();
                var bits = reader.Bytes(length);
                for (var i = 0; i < bits.Length; i++)
                {
                    for (var bit = 0; bit < 8; bit++)
                    {
                        if ((bits[i] & (0x80 >> bit)) != 0)
                        {
                            types.Add((ushort)((window << 8) | (i * 8) | bit));
                        }
                    }
                }
            }
            return types;
        }
    }
}
