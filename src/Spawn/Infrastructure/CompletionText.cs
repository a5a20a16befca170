using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>What every argument completer shares: unquoting the word typed, prefix matching, quoting the result.</summary>
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

        /// <summary>The items whose value starts with the word being completed (case-insensitive), as completions.</summary>
        internal static List<CompletionResult> Matching<T>(string? word, IEnumerable<T> items, Func<T, string> value, Func<T, string> tooltip)
        {
            var prefix = Unquote(word);
            var results = new List<CompletionResult>();
            foreach (var item in items)
            {
                var text = value(item);
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    results.Add(new CompletionResult(Quote(text), text, CompletionResultType.ParameterValue, tooltip(item)));
                }
            }
            return results;
        }

        /// <summary>Quotes a completion when it contains characters PowerShell would split on.</summary>
        internal static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\t', '\'', '"', '$', '`', ';', ',', '(', ')', '{', '}', '@', '#', '&', '|', '<', '>' }) >= 0
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }
}
