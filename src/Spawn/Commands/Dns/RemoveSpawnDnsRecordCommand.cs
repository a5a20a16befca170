using System.Linq;
using System.Management.Automation;

namespace Spawn.PowerShell.Commands.Dns
{
    /// <summary>
    /// Deletes a record of the account's namespace (DELETE repeats the current values, read first). Without -Type every
    /// A, AAAA and TXT record of the name goes, in one atomic change. Takes Get-SpawnDnsRecord output from the pipeline.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "SpawnDnsRecord", DefaultParameterSetName = ByZoneName, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(SpawnDnsChange))]
    public sealed class RemoveSpawnDnsRecordCommand : SpawnDnsChangeCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SpawnDnsRecordType[]? Type { get; set; }

        protected override void ProcessRecord()
        {
            var types = Type?.Distinct().ToList();
            Submit($"{Name} ({(types == null ? "A, AAAA, TXT" : string.Join(", ", types))})", "Delete DNS record",
                (service, name, token) => service.DeleteAsync(Zone, name, types, token));
        }
    }
}
