using System;
using System.Management.Automation;
using Spawn.Dns.Records;

namespace Spawn.PowerShell.Commands.Dns
{
    /// <summary>
    /// Creates or replaces (UPSERT) a record in the account's namespace with the caller's own credentials: the admin
    /// path beside the DNS endpoint. Values are checked by type before any AWS call.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "SpawnDnsRecord", DefaultParameterSetName = ByZoneName, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SpawnDnsChange))]
    public sealed class SetSpawnDnsRecordCommand : SpawnDnsChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Values")]
        public string[] Value { get; set; } = Array.Empty<string>();

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SpawnDnsRecordType Type { get; set; } = SpawnDnsRecordType.A;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, 2147483647)]
        public long Ttl { get; set; } = 60;

        protected override void Validate() => RecordValues.Format(Type, Value);

        protected override void ProcessRecord() =>
            Submit($"{Name} ({Type})", $"Set to {string.Join(", ", Value)} with TTL {Ttl}", async (service, name, token) =>
                new[] { await service.UpsertAsync(Zone, name, Type, Value, Ttl, token).ConfigureAwait(false) });
    }
}
