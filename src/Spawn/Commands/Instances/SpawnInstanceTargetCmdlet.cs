using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Instances;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Instances
{
    /// <summary>
    /// Base of the cmdlets that act on existing instances: typed pipeline input in separate parameter sets
    /// (instance ids, SpawnInstance objects, names), each instance read fresh from EC2 and checked to be
    /// Spawn-managed, then one ShouldProcess and one engine call per instance, failures reported per instance.
    /// </summary>
    public abstract class SpawnInstanceTargetCmdlet : SpawnAwsCmdlet
    {
        protected const string ById = "ById";
        protected const string ByInputObject = "ByInputObject";
        protected const string ByName = "ByName";

        private readonly Dictionary<string, AwsContext> _regional = new Dictionary<string, AwsContext>(StringComparer.Ordinal);

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string[] InstanceId { get; set; } = Array.Empty<string>();

        [Parameter(Mandatory = true, ParameterSetName = ByInputObject, ValueFromPipeline = true)]
        public SpawnInstance[] InputObject { get; set; } = Array.Empty<SpawnInstance>();

        [Parameter(Mandatory = true, ParameterSetName = ByName)]
        [ArgumentCompleter(typeof(InstanceNameCompleter))]
        [SupportsWildcards]
        public string[] Name { get; set; } = Array.Empty<string>();

        /// <summary>Return the result for each instance (for Connect-SpawnInstance: the command line instead of running it).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Whether instances without spawn:managed=true are accepted (Stop-SpawnInstance -Force).</summary>
        protected virtual bool AllowUnmanaged => false;

        /// <summary>Does the work for one instance, already read fresh and checked to be managed.</summary>
        internal abstract void Act(AwsContext context, SpawnInstance instance);

        protected override void ProcessRecord()
        {
            foreach (var (region, id) in Targets())
            {
                try
                {
                    var context = ContextFor(region);
                    var instance = RunEngine((sink, token) => new InstanceLifecycle(context, sink).GetAsync(id, token));
                    InstanceLifecycle.RequireManaged(instance, AllowUnmanaged);
                    Act(context, instance);
                }
                catch (Exception e) when (!(e is PipelineStoppedException))
                {
                    Report(e, id);
                }
            }
        }

        /// <summary>Applies one lifecycle change when confirmed (with its audit line), and writes the instance afterwards with -PassThru.</summary>
        internal void Change(AwsContext context, SpawnInstance instance, bool confirmed,
            Func<InstanceLifecycle, CancellationToken, Task<SpawnInstance>> change)
        {
            if (!confirmed)
            {
                return;
            }
            var changed = RunAudited(context, Describe(instance), (sink, token) => change(new InstanceLifecycle(context, sink), token));
            if (PassThru)
            {
                WriteObject(changed);
            }
        }

        /// <summary>
        /// ShouldProcess, except that <paramref name="force"/> skips the prompt when -Confirm was not given.
        /// -WhatIf always wins: it never acts.
        /// </summary>
        protected bool ShouldProcessUnlessForced(string target, string action, bool force)
        {
            var whatIf = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value)
                ? ((SwitchParameter)value).IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
            if (force && !whatIf && !MyInvocation.BoundParameters.ContainsKey("Confirm"))
            {
                WriteVerbose($"{action}: {target} (-Force, not prompting).");
                return true;
            }
            return ShouldProcess(target, action);
        }

        /// <summary>"i-0abc (web-01) in us-east-1": the ShouldProcess target.</summary>
        protected static string Describe(SpawnInstance instance) =>
            $"{instance.InstanceId}{(instance.Name != null ? " (" + instance.Name + ")" : "")} in {instance.Region}";

        private IEnumerable<(string? Region, string Id)> Targets()
        {
            switch (ParameterSetName)
            {
                case ByInputObject:
                    foreach (var instance in InputObject)
                    {
                        // A piped object carries its region; -Region, when given, wins.
                        yield return (Region == null ? instance.Region : null, instance.InstanceId);
                    }
                    break;
                case ByName:
                    foreach (var id in ResolveNames())
                    {
                        yield return (null, id);
                    }
                    break;
                default:
                    foreach (var id in InstanceId)
                    {
                        yield return (null, id);
                    }
                    break;
            }
        }

        private List<string> ResolveNames()
        {
            var context = Context;
            var ids = new List<string>();
            var filter = new InstanceFilter { Names = Name, IncludeUnmanaged = AllowUnmanaged };
            RunEngine((sink, token) => InstanceQuery.QueryAsync(context, filter, i => ids.Add(i.InstanceId), token));
            if (ids.Count == 0)
            {
                Report(new SpawnException(InstanceLifecycle.NotFound, SpawnErrorKind.ObjectNotFound,
                    $"No Spawn-managed instance named {string.Join(", ", Name)} in {context.RegionName}."), string.Join(",", Name));
            }
            return ids;
        }

        private AwsContext ContextFor(string? region)
        {
            if (region == null || region == Context.RegionName)
            {
                return Context;
            }
            if (!_regional.TryGetValue(region, out var context))
            {
                if (!RegionName.IsValid(region))
                {
                    throw new SpawnValidationException("AwsInvalidRegion", $"'{region}' is not an AWS region name.", region);
                }
                context = Context.ForRegion(region);
                _regional[region] = context;
            }
            return context;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                foreach (var context in _regional.Values)
                {
                    context.Dispose();
                }
            }
            base.Dispose(disposing);
        }
    }
}
