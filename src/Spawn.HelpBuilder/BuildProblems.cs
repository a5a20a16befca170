using System.Collections.Generic;
using System.IO;

namespace Spawn.HelpBuilder
{
    /// <summary>Drift found while building help; each names the file and the item so the fix is obvious.</summary>
    internal sealed class BuildProblems
    {
        private readonly List<string> _problems = new List<string>();

        public IReadOnlyList<string> All => _problems;

        public void Add(string file, string item, string message) =>
            _problems.Add($"{Path.GetFileName(file)}: {item}: {message}");
    }
}
