using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Spawn.Iam;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Iam
{
    /// <summary>
    /// Lists the IAM policy templates with the exact policy each becomes: rendered for the caller's account and
    /// region when those can be resolved, otherwise with the ${Partition}/${Region}/${Account} placeholders.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpawnIamPolicyTemplate")]
    [OutputType(typeof(SpawnIamPolicyTemplate))]
    public sealed class GetSpawnIamPolicyTemplateCommand : SpawnAwsCmdlet
    {
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(IamPolicyTemplateCompleter))]
        public string[] Name { get; set; } = { "*" };

        protected override void EndProcessing()
        {
            var patterns = Name.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
            var templates = PolicyTemplateCatalogue.All.Where(t => patterns.Any(p => p.IsMatch(t.Name))).ToList();
            foreach (var name in Name.Where(n => !WildcardPattern.ContainsWildcardCharacters(n) && templates.All(t => !t.Name.Equals(n, StringComparison.OrdinalIgnoreCase))))
            {
                try
                {
                    PolicyTemplateCatalogue.Get(name);
                }
                catch (SpawnException e)
                {
                    Fail(e);
                    return;
                }
            }
            if (templates.Count == 0)
            {
                return;
            }
            var scope = ResolveScope();
            foreach (var template in templates)
            {
                var policy = InstanceRolePolicy.From(new[] { template.Name }, new Dictionary<string, IReadOnlyList<string>>(), null, null, false, new List<string>())!;
                WriteObject(new SpawnIamPolicyTemplate
                {
                    Name = template.Name,
                    Description = template.Description,
                    ResourceKind = template.ResourceKind,
                    Unscoped = template.Unscoped,
                    Actions = template.Actions.ToArray(),
                    PolicyDocument = policy.Render(scope),
                    Account = scope.Account,
                    Region = scope.Region,
                });
            }
        }

        /// <summary>The caller's scope; the placeholders when no credentials or region resolve (the listing still works offline).</summary>
        private PolicyScope ResolveScope()
        {
            try
            {
                var context = Context;
                var caller = RunEngine((sink, token) => context.GetCallerAsync(token));
                return PolicyScope.ForCaller(caller.Arn, caller.Account, context.RegionName);
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                WriteVerbose("Showing placeholders: the account could not be resolved (" + e.Message + ").");
                return PolicyScope.Placeholders;
            }
        }
    }
}
