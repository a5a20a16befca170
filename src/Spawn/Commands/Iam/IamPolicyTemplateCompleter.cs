using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using Spawn.PowerShell.Infrastructure;
using Spawn.Iam;

namespace Spawn.PowerShell.Commands.Iam
{
    /// <summary>Tab completion of IAM policy template names (New-SpawnInstance -IamPolicy, Get-SpawnIamPolicyTemplate -Name).</summary>
    public sealed class IamPolicyTemplateCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
            => CompletionText.Matching(wordToComplete, PolicyTemplateCatalogue.All, t => t.Name, t => t.Description);
    }
}
