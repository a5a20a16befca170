using System;
using System.Management.Automation;
using Spawn.Dns.Validation;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Dns
{
    /// <summary>
    /// Validates the DNSSEC chain of trust of a name, as delv does, asking one server directly: Secure, Insecure or
    /// Bogus, with the reason and each link of the chain. The trust anchor is the root's KSKs unless -TrustAnchor.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "SpawnDnssec")]
    [OutputType(typeof(SpawnDnssecResult))]
    public sealed class TestSpawnDnssecCommand : SpawnCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Type { get; set; } = "A";

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Server { get; set; } = "";

        [Parameter]
        [ValidateRange(1, 65535)]
        public int Port { get; set; } = 53;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? TrustAnchor { get; set; }

        [Parameter]
        [ValidateRange(1, 60)]
        public int TimeoutSec { get; set; } = 3;

        protected override void ProcessRecord()
        {
            try
            {
                WriteObject(RunEngine((sink, token) =>
                    DnssecCheck.RunAsync(Name, Type, Server, Port, TrustAnchor, TimeSpan.FromSeconds(TimeoutSec), sink, token)));
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                Report(e, Name);
            }
        }
    }
}
