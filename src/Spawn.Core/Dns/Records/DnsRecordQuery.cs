using System;
using System.Collections.Generic;

namespace Spawn.Dns.Records
{
    /// <summary>What Get-SpawnDnsRecord asks for: a zone, which labels, which owners, and where to look for instances.</summary>
    public sealed class DnsRecordQuery
    {
        public DnsRecordQuery(ZoneSelector zone, IReadOnlyList<string> regions)
        {
            Zone = zone;
            Regions = regions;
        }

        public ZoneSelector Zone { get; }

        /// <summary>The regions whose managed instances may own records.</summary>
        public IReadOnlyList<string> Regions { get; }

        /// <summary>Which labels to return (the cmdlet passes its wildcard patterns); null for all.</summary>
        public Func<string, bool>? NameFilter { get; set; }

        /// <summary>Only records owned by these instances; null for all.</summary>
        public ISet<string>? InstanceIds { get; set; }
    }
}
