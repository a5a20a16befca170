using System.Linq;
using System.Management.Automation.Language;
using Spawn.Audit.Engine;
using Spawn.Audit.Suppressions;
using Spawn.Security;

namespace Spawn.PowerShell.Commands.Audit
{
    /// <summary>
    /// Reads -SuppressionPath through PathPolicy. PSD1 files are parsed as data only (SafeGetValue: no commands run);
    /// anything unreadable or invalid is a terminating error, so a broken file can never silently suppress nothing.
    /// </summary>
    internal static class SuppressionFile
    {
        internal static SuppressionSet Read(string path)
        {
            var text = PathPolicy.Validate(path).ReadAllText();
            if (!path.EndsWith(".psd1", System.StringComparison.OrdinalIgnoreCase))
            {
                return SuppressionSet.FromJson(text, path);
            }
            var ast = Parser.ParseInput(text, out _, out var errors);
            var table = ast.EndBlock?.Statements.Count == 1
                ? ast.Find(a => a is HashtableAst && a.Parent is CommandExpressionAst, false) as HashtableAst
                : null;
            if (errors.Length > 0 || table == null)
            {
                throw new SpawnValidationException(SuppressionSet.InvalidErrorId,
                    $"The suppressions file {path} is invalid: " + (errors.Length > 0 ? errors[0].Message : "it must contain exactly one hashtable") + ".", path);
            }
            object value;
            try
            {
                value = table.SafeGetValue();
            }
            catch (System.InvalidOperationException e)
            {
                throw new SpawnValidationException(SuppressionSet.InvalidErrorId, $"The suppressions file {path} is invalid: {e.Message}", path);
            }
            return SuppressionSet.FromData(Normalize(value), path, FindingFactory.Hash(text));
        }

        /// <summary>PSD1 lists arrive as object[] with PSObject-wrapped items; unwrap them into plain lists.</summary>
        private static object? Normalize(object? value)
        {
            value = value is System.Management.Automation.PSObject p ? p.BaseObject : value;
            if (value is System.Collections.IDictionary d)
            {
                var copy = new System.Collections.Hashtable(System.StringComparer.OrdinalIgnoreCase);
                foreach (System.Collections.DictionaryEntry e in d)
                {
                    copy[e.Key.ToString()!] = Normalize(e.Value);
                }
                return copy;
            }
            if (value is object[] array)
            {
                return array.Select(Normalize).ToList();
            }
            return value;
        }
    }
}
