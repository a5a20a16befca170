using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Spawn.HelpBuilder
{
    /// <summary>
    /// The test-only setup of each example (from "&lt;!-- setup: ... --&gt;" comments), kept out of the shipped
    /// help: cmdlet name to one entry per example, in order, null where an example needs none.
    /// </summary>
    internal static class ExampleSetupFile
    {
        public static void Write(string path, IEnumerable<CommandHelp> helps)
        {
            var setups = helps.ToDictionary(h => h.Name!, h => h.Examples.Select(e => e.Setup).ToList());
            File.WriteAllText(path, JsonSerializer.Serialize(setups, new JsonSerializerOptions { WriteIndented = true }));
        }
    }
}
