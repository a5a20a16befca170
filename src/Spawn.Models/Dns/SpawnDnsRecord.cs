using System;

namespace Spawn
{
    /// <summary>
    /// A record in the account's namespace (<c>&lt;name&gt;.&lt;base36 account&gt;.&lt;zone&gt;</c>) and the instance it belongs
    /// to: the managed instance whose <c>spawn:name</c> tag equals the record's name. Output of Get-SpawnDnsRecord.
    /// </summary>
    public sealed class SpawnDnsRecord : SpawnDnsRecordSet
    {
        public string ZoneName { get; set; } = "";

        public string? InstanceId { get; set; }
        public string? InstanceState { get; set; }
        public string? InstanceRegion { get; set; }

        /// <summary>The instance's current public addresses (IPv4 and IPv6).</summary>
        public string[] InstanceAddresses { get; set; } = Array.Empty<string>();

        /// <summary>True when the record no longer points at a live owner: see <see cref="DanglingReason"/>.</summary>
        public bool Dangling { get; set; }

        /// <summary>NoInstance, InstanceNotRunning or AddressDiffers; null when the record is not dangling.</summary>
        public string? DanglingReason { get; set; }

        public override string ToString() => $"{Fqdn} {Type} {string.Join(",", Values)}";
    }
}
