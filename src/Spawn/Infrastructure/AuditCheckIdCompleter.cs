using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using Spawn.Audit.Catalogue;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>Tab completion for -CheckId and -ExcludeCheckId from the audit check catalogue (no AWS call).</summary>
    public sealed class AuditCheckIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                return CompletionText.Matching(wordToComplete, CheckCatalogue.Definitions, c => c.Id, c => $"{c.Id} ({c.Severity}): {c.Title}");
            }
            catch (Exception)
            {
                // Completion is silent: no catalogue, no suggestions.
                return Array.Empty<CompletionResult>();
            }
        }
    }
}
