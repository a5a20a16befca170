using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Spawn.HelpBuilder
{
    /// <summary>
    /// Parameter descriptions written once for many cmdlets (en-US/_*.md, e.g. _CommonAwsParameters.md): used
    /// for every cmdlet that has the parameter and does not describe it itself.
    /// </summary>
    internal sealed class SharedParameters
    {
        private readonly Dictionary<string, (string File, IReadOnlyList<string> Text)> _byName =
            new Dictionary<string, (string, IReadOnlyList<string>)>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public static SharedParameters Read(IEnumerable<string> files, BuildProblems problems)
        {
            var shared = new SharedParameters();
            foreach (var file in files)
            {
                foreach (var (name, text) in CommandHelpReader.Read(file).Parameters)
                {
                    if (shared._byName.TryGetValue(name, out var first))
                    {
                        problems.Add(file, "-" + name, $"also described in {Path.GetFileName(first.File)}; describe it once");
                    }
                    shared._byName[name] = (file, text);
                }
            }
            return shared;
        }

        /// <summary>The cmdlet's own description of the parameter, else the shared one, else empty.</summary>
        public IReadOnlyList<string> Describe(CommandHelp help, string parameter)
        {
            if (help.Parameters.TryGetValue(parameter, out var own))
            {
                return own;
            }
            if (_byName.TryGetValue(parameter, out var shared))
            {
                _used.Add(parameter);
                return shared.Text;
            }
            return Array.Empty<string>();
        }

        /// <summary>Shared descriptions no cmdlet uses are drift too (a renamed or removed parameter).</summary>
        public void ReportUnused(BuildProblems problems)
        {
            foreach (var (name, entry) in _byName.Where(e => !_used.Contains(e.Key)))
            {
                problems.Add(entry.File, "-" + name, "no cmdlet has this parameter");
            }
        }
    }
}
