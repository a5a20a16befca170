using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>Tab completion for -Region from the SDK's list of known regions.</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
            => CompletionText.Matching(wordToComplete, Spawn.Aws.KnownRegions.Names, r => r, r => r);
    }
}
