using System;
using System.Management.Automation;
using Spawn.Dns.Dnssec;

namespace Spawn.PowerShell.Commands.Dns
{
    /// <summary>
    /// Turns on DNSSEC signing for a hosted zone: KMS key in us-east-1 (created or reused), key-signing key, signing.
    /// Returns the zone's status with the DS record to publish at the parent zone.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Enable, "SpawnDnssec", DefaultParameterSetName = ByZoneName, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SpawnDnssecStatus))]
    public sealed class EnableSpawnDnssecCommand : SpawnDnsZoneCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string KeySigningKeyName { get; set; } = "spawnksk";

        protected override void ProcessRecord()
        {
            try
            {
                DnssecService.ValidateKeyName(KeySigningKeyName);
            }
            catch (SpawnException e)
            {
                Fail(e, KeySigningKeyName);
            }
            var zone = Zone;
            if (!ShouldProcess($"hosted zone {zone}", $"Enable DNSSEC signing with key-signing key '{KeySigningKeyName}' on a KMS key in {DnssecService.KeyRegion}"))
            {
                return;
            }
            var context = Context;
            try
            {
                WriteObject(RunAudited(context, zone.ToString(), (sink, token) => new DnssecService(context, sink).EnableAsync(zone, KeySigningKeyName, token)));
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                Report(e, zone.ToString());
            }
        }
    }
}
