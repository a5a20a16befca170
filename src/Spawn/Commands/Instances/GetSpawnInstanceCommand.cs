using System;
using System.Linq;
using System.Management.Automation;
using Spawn.Instances;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Instances
{
    /// <summary>Lists Spawn-managed instances, streaming them page by page, from one or several regions in parallel.</summary>
    [Cmdlet(VerbsCommon.Get, "SpawnInstance")]
    [OutputType(typeof(SpawnInstance))]
    public sealed class GetSpawnInstanceCommand : SpawnAwsCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string[] InstanceId { get; set; } = Array.Empty<string>();

        [Parameter]
        [ArgumentCompleter(typeof(InstanceNameCompleter))]
        [SupportsWildcards]
        public string[] Name { get; set; } = Array.Empty<string>();

        [Parameter]
        [ValidateSet("pending", "running", "stopping", "stopped", "shutting-down", "terminated")]
        public string[] State { get; set; } = Array.Empty<string>();

        [Parameter] public string? Owner { get; set; }
        [Parameter] public SwitchParameter Expired { get; set; }
        [Parameter] public SwitchParameter IncludeUnmanaged { get; set; }

        protected override bool AcceptsMultipleRegions => true;

        protected override void ProcessRecord()
        {
            var filter = new InstanceFilter
            {
                InstanceIds = InstanceId,
                Names = Name,
                States = State,
                Owner = Owner,
                Expired = Expired,
                IncludeUnmanaged = IncludeUnmanaged,
            };
            try
            {
                filter.Validate();
            }
            catch (SpawnException e)
            {
                Fail(e);
            }
            var context = Context;
            var regions = Regions;
            var found = RunEngine((sink, token) => InstanceQuery.QueryRegionsAsync(context, regions, filter, sink.Emit,
                (region, error) => sink.Error(ErrorRecordFactory.From(error, region)), token));
            foreach (var missing in InstanceId.Where(id => !found.Contains(id)))
            {
                Report(new SpawnException(InstanceLifecycle.NotFound, SpawnErrorKind.ObjectNotFound,
                    $"No {(IncludeUnmanaged ? "" : "Spawn-managed ")}instance {missing} in {string.Join(", ", regions)} matches the filters."), missing);
            }
        }
    }
}
