using System.Collections.Generic;

namespace Spawn.Dns.Wire
{
    /// <summary>NSEC RDATA (RFC 4034 §4): the next owner name in the zone and the types at this one.</summary>
    public sealed class NsecData
    {
        private NsecData(DnsName next, HashSet<ushort> types)
        {
            Next = next;
            Types = types;
        }

        public DnsName Next { get; }
        public ISet<ushort> Types { get; }

        public static NsecData Parse(byte[] data)
        {
            var reader = new WireReader(data);
            var next = reader.Name();
            return new NsecData(next, TypeBitmap.Read(reader, data.Length));
        }
    }
}
