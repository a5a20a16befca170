using System.Collections.Generic;

namespace Spawn.Dns.Records
{
    /// <summary>A managed instance that may own records: its spawn:name and where it can be reached now.</summary>
    public sealed class InstanceOwner
    {
        public InstanceOwner(string instanceId, string name, string state, string region, IReadOnlyList<string> addresses)
        {
            InstanceId = instanceId;
            Name = name;
            State = state;
            Region = region;
            Addresses = addresses;
        }

        public string InstanceId { get; }
        public string Name { get; }
        public string State { get; }
        public string Region { get; }

        /// <summary>Public IPv4 and IPv6 addresses, IPv6 in canonical form.</summary>
        public IReadOnlyList<string> Addresses { get; }

        public bool IsRunning => State == "running";
    }
}
