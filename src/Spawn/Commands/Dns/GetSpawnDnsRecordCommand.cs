using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Spawn.Dns.Records;

namespace Spawn.PowerShell.Commands.Dns
{
    /// <summary>
    /// Lists the A, AAAA and TXT records of the account's namespace in a zone, each with the managed instance whose
    /// spawn:name is the record's name and whether the record is dangling. Pipeline input: anything with Name and/or
    /// InstanceId properties (a SpawnInstance, once that type exists). All input is gathered first, so the zone is read
    /// once and each region's instances are listed once.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpawnDnsRecord", DefaultParameterSetName = ByZoneName)]
    [OutputType(typeof(SpawnDnsRecord))]
    public sealed class GetSpawnDnsRecordCommand : SpawnDnsZoneCmdlet
    {
        private readonly List<string> _names = new List<string>();
        private readonly HashSet<string> _instanceIds = new HashSet<string>(StringComparer.Ordinal);

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[]? InstanceId { get; set; }

        protected override bool AcceptsMultipleRegions => true;

        protected override void ProcessRecord()
        {
            _names.AddRange(Name ?? Array.Empty<string>());
            _instanceIds.UnionWith(InstanceId ?? Array.Empty<string>());
        }

        protected override void EndProcessing()
        {
            var patterns = _names.Distinct().Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
            var query = new DnsRecordQuery(Zone, Regions)
            {
                NameFilter = patterns.Count == 0 ? null : (Func<string, bool>)(label => patterns.Any(p => p.IsMatch(label))),
                InstanceIds = _instanceIds.Count == 0 ? null : _instanceIds,
            };
            var context = Context;
            IReadOnlyList<SpawnDnsRecord> records;
            try
            {
                records = RunEngine((sink, token) => new DnsRecordService(context, sink).ListAsync(query, token));
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                Fail(e);
                return;
            }
            WriteObject(records, enumerateCollection: true);
            foreach (var literal in _names.Distinct().Where(n => !WildcardPattern.ContainsWildcardCharacters(n)))
            {
                if (!records.Any(r => string.Equals(r.Name, literal, StringComparison.OrdinalIgnoreCase)))
                {
                    Report(new SpawnException(DnsRecordService.RecordNotFound, SpawnErrorKind.ObjectNotFound,
                        $"No A, AAAA or TXT record named '{literal}' is in the account's namespace of zone {Zone}."), literal);
                }
            }
        }
    }
}
