using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Spawn.HelpBuilder
{
    /// <summary>
    /// Builds the module's help: Spawn.HelpBuilder --source en-US --assembly module/Spawn.dll --out module/en-US
    /// [--example-setup file.json]. Exits 1, listing every problem, when help and code have drifted apart.
    /// </summary>
    internal static class Program
    {
        private const string MamlFileName = "Spawn.dll-Help.xml";

        private static int Main(string[] args)
        {
            var options = Options(args);
            if (!options.TryGetValue("--source", out var source) || !options.TryGetValue("--assembly", out var assembly)
                || !options.TryGetValue("--out", out var output))
            {
                Console.Error.WriteLine("Usage: Spawn.HelpBuilder --source <dir> --assembly <Spawn.dll> --out <dir> [--example-setup <file.json>]");
                return 2;
            }

            var problems = new BuildProblems();
            var markdown = Directory.GetFiles(source, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList();
            var shared = SharedParameters.Read(markdown.Where(f => Path.GetFileName(f).StartsWith("_", StringComparison.Ordinal)), problems);
            var helps = markdown.Where(IsCommandHelp).Select(CommandHelpReader.Read)
                .ToDictionary(h => Path.GetFileNameWithoutExtension(h.Path), StringComparer.OrdinalIgnoreCase);

            using var module = CompiledModule.Load(Path.GetFullPath(assembly));
            var pairs = new List<(System.Management.Automation.CmdletInfo, CommandHelp)>();
            foreach (var cmdlet in module.Cmdlets)
            {
                if (!helps.TryGetValue(cmdlet.Name, out var help))
                {
                    problems.Add(cmdlet.Name + ".md", cmdlet.Name, $"the cmdlet is compiled into {Path.GetFileName(assembly)} but has no help file");
                    continue;
                }
                CommandHelpValidator.Check(cmdlet, help, shared, problems);
                pairs.Add((cmdlet, help));
            }
            foreach (var orphan in helps.Keys.Where(name => !module.Cmdlets.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))))
            {
                problems.Add(orphan + ".md", orphan, $"no such cmdlet in {Path.GetFileName(assembly)}");
            }
            shared.ReportUnused(problems);

            Directory.CreateDirectory(output);
            foreach (var about in markdown.Where(f => Path.GetFileName(f).StartsWith("about_", StringComparison.OrdinalIgnoreCase)))
            {
                AboutTopicWriter.Write(about, output, problems);
            }

            if (problems.All.Count > 0)
            {
                Console.Error.WriteLine($"Help build failed: {problems.All.Count} problem(s) in {Path.GetFullPath(source)}");
                foreach (var problem in problems.All)
                {
                    Console.Error.WriteLine("  " + problem);
                }
                return 1;
            }

            MamlWriter.Write(Path.Combine(output, MamlFileName), pairs, shared);
            if (options.TryGetValue("--example-setup", out var setupPath))
            {
                ExampleSetupFile.Write(setupPath, pairs.Select(p => p.Item2));
            }
            Console.WriteLine($"Help built: {pairs.Count} cmdlet(s) in {MamlFileName}, about topics in {output}");
            return 0;
        }

        /// <summary>Cmdlet files: not about topics, not shared parameter files (_*.md), not the authoring guide.</summary>
        private static bool IsCommandHelp(string path)
        {
            var name = Path.GetFileName(path);
            return !name.StartsWith("_", StringComparison.Ordinal) && !name.StartsWith("about_", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(name, "README.md", StringComparison.OrdinalIgnoreCase);
        }

        private static Dictionary<string, string> Options(string[] args)
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                options[args[i]] = args[i + 1];
            }
            return options;
        }
    }
}
