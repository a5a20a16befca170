using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Dns;
using Spawn.Dns.Records;

namespace Spawn.PowerShell.Commands.Dns
{
    /// <summary>
    /// Base of Set- and Remove-SpawnDnsRecord: the record name (checked as the DNS endpoint checks it, before any AWS
    /// call), ShouldProcess, the change itself on the engine, and -Wait until Route 53 reports it INSYNC.
    /// </summary>
    public abstract class SpawnDnsChangeCmdlet : SpawnDnsZoneCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public string Name { get; set; } = "";

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 300;

        /// <summary>Input checks beyond the name; throw a SpawnException to refuse this input.</summary>
        protected virtual void Validate()
        {
        }

        internal void Submit(string target, string action,
            Func<DnsRecordService, RecordName, CancellationToken, Task<IReadOnlyList<SpawnDnsChange>>> change)
        {
            RecordName name;
            try
            {
                name = RecordName.Parse(Name);
                Validate();
            }
            catch (SpawnException e)
            {
                Report(e, Name);
                return;
            }
            if (!ShouldProcess($"{target} in the account namespace of zone {Zone}", action))
            {
                return;
            }
            var context = Context;
            try
            {
                var changes = RunAudited(context, target, async (sink, token) =>
                {
                    var service = new DnsRecordService(context, sink);
                    var submitted = await change(service, name, token).ConfigureAwait(false);
                    return Wait ? await service.WaitAsync(submitted, TimeSpan.FromSeconds(TimeoutSec), token).ConfigureAwait(false) : submitted;
                });
                WriteObject(changes, enumerateCollection: true);
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                Report(e, Name);
            }
        }
    }
}
