using System;

namespace Spawn
{
    /// <summary>What every Spawn DNS output says about a record set: its name in the namespace, type, values and zone.</summary>
    public abstract class SpawnDnsRecordSet
    {
        /// <summary>The record's own label, as given to Set-SpawnDnsRecord and as the instance's spawn:name.</summary>
        public string Name { get; set; } = "";
        public string Fqdn { get; set; } = "";
        public SpawnDnsRecordType Type { get; set; }
        public string[] Values { get; set; } = Array.Empty<string>();
        public long? Ttl { get; set; }
        public string HostedZoneId { get; set; } = "";
    }
}
