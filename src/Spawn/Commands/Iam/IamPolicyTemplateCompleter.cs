using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using Spawn.Iam;

namespace Spawn.PowerShell.Commands.Iam
{
    /// <summary>Tab completion of IAM policy template names (New-SpawnInstance -IamPolicy, Get-SpawnIamPolicyTemplate -Name).</summary>
    public sealed class IamPolicyTemplateCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            foreach (var template in PolicyTemplateCatalogue.All)
            {
                if (template.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    yield return new CompletionResult(template.Name, template.Name, CompletionResultType.ParameterValue, template.Description);
                }
            }
        }
    }
}
