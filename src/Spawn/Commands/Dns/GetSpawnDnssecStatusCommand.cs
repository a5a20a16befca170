using System;
using System.Management.Automation;
using Spawn.Dns.Dnssec;

namespace Spawn.PowerShell.Commands.Dns
{
    /// <summary>Shows whether Route 53 signs a hosted zone, its key-signing keys and the DS record for the parent (GetDNSSEC).</summary>
    [Cmdlet(VerbsCommon.Get, "SpawnDnssecStatus", DefaultParameterSetName = ByZoneName)]
    [OutputType(typeof(SpawnDnssecStatus))]
    public sealed class GetSpawnDnssecStatusCommand : SpawnDnsZoneCmdlet
    {
        protected override void ProcessRecord()
        {
            var context = Context;
            var zone = Zone;
            try
            {
                WriteObject(RunEngine((sink, token) => new DnssecService(context, sink).StatusAsync(zone, token)));
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                Report(e, zone.ToString());
            }
        }
    }
}
