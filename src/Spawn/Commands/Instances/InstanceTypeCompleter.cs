using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using Spawn.PowerShell.Infrastructure;
using Spawn.Instances;

namespace Spawn.PowerShell.Commands.Instances
{
    /// <summary>Tab completion for -InstanceType from a list of common types (any valid type is accepted).</summary>
    public sealed class InstanceTypeCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
            => CompletionText.Matching(wordToComplete, InstanceTypeName.Common, t => t, t => t);
    }
}
