using System.Management.Automation;
using Spawn.Dns.Records;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Dns
{
    /// <summary>
    /// Base of the cmdlets that work in one hosted zone, named by -ZoneName or -HostedZoneId (parameter sets). Only the
    /// id binds from the pipeline: records carry both, and binding both would make the parameter set ambiguous.
    /// </summary>
    public abstract class SpawnDnsZoneCmdlet : SpawnAwsCmdlet
    {
        internal const string ByZoneName = "ZoneName";
        internal const string ByZoneId = "HostedZoneId";

        [Parameter(Mandatory = true, ParameterSetName = ByZoneName)]
        [ValidateNotNullOrEmpty]
        public string ZoneName { get; set; } = "";

        [Parameter(Mandatory = true, ParameterSetName = ByZoneId, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string HostedZoneId { get; set; } = "";

        internal ZoneSelector Zone => ParameterSetName == ByZoneId ? ZoneSelector.ById(HostedZoneId) : ZoneSelector.ByName(ZoneName);
    }
}
