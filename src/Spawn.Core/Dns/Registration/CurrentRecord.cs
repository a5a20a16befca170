using System.Collections.Generic;

namespace Spawn.Dns.Registration
{
    /// <summary>A record as Route 53 holds it now (a DELETE must repeat its exact TTL and values).</summary>
    public sealed class CurrentRecord
    {
        public CurrentRecord(long ttl, IReadOnlyList<string> values)
        {
            Ttl = ttl;
            Values = values;
        }

        public long Ttl { get; }
        public IReadOnlyList<string> Values { get; }
    }
}
