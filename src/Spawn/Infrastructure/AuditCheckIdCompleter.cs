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
            var prefix = CompletionText.Unquote(wordToComplete);
            var results = new List<CompletionResult>();
            try
            {
                foreach (var check in CheckCatalogue.Definitions)
                {
                    if (check.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        results.Add(new CompletionResult(check.Id, check.Id, CompletionResultType.ParameterValue,
                            $"{check.Id} ({check.Severity}): {check.Title}"));
                    }
                }
            }
            catch (Exception)
            {
                // Completion is silent: no catalogue, no suggestions.
            }
            return results;
        }
    }

    internal static class CompletionText
    {
        /// <summary>The word being completed without its opening (and closing) quote.</summary>
        internal static string Unquote(string? word)
        {
            var text = word ?? string.Empty;
            if (text.Length > 0 && (text[0] == '\'' || text[0] == '"'))
            {
                text = text.Substring(1);
                if (text.Length > 0 && (text[text.Length - 1] == '\'' || text[text.Length - 1] == '"'))
                {
                    text = text.Substring(0, text.Length - 1);
                }
            }
            return text;
        }

        /// <summary>Quotes a completion when it contains characters PowerShell would split on.</summary>
        internal static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\t', '\'', '"', '$', '`', ';', ',', '(', ')', '{', '}', '@', '#', '&', '|', '<', '>' }) >= 0
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }
}
