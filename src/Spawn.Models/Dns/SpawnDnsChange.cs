using System;

namespace Spawn
{
    /// <summary>A change submitted to Route 53 by Set-SpawnDnsRecord or Remove-SpawnDnsRecord, and its status.</summary>
    public sealed class SpawnDnsChange : SpawnDnsRecordSet
    {
        /// <summary>UPSERT or DELETE.</summary>
        public string Action { get; set; } = "";
        public string ChangeId { get; set; } = "";

        /// <summary>PENDING, or INSYNC once every Route 53 name server answers with the change.</summary>
        public string Status { get; set; } = "";
        public DateTime? SubmittedAt { get; set; }

        public override string ToString() => $"{Action} {Fqdn} {Type} ({Status})";
    }
}
