using System;
using System.Linq;
using System.Management.Automation;

namespace Spawn.HelpBuilder
{
    /// <summary>The drift rules for one cmdlet's help against its compiled form (the list is in en-US/README.md).</summary>
    internal static class CommandHelpValidator
    {
        public const int MinimumExamples = 3;

        public static void Check(CmdletInfo cmdlet, CommandHelp help, SharedParameters shared, BuildProblems problems)
        {
            if (!string.Equals(help.Name, cmdlet.Name, StringComparison.Ordinal))
            {
                problems.Add(help.Path, "title", $"the first heading must be '# {cmdlet.Name}', found '{help.Name}'");
            }
            if (help.Synopsis.Count == 0)
            {
                problems.Add(help.Path, "SYNOPSIS", "empty or missing");
            }
            if (help.Description.Count == 0)
            {
                problems.Add(help.Path, "DESCRIPTION", "empty or missing");
            }

            var parameters = CommandShape.Parameters(cmdlet).ToList();
            foreach (var parameter in parameters.Where(p => shared.Describe(help, p.Name).Count == 0))
            {
                problems.Add(help.Path, "-" + parameter.Name, "the parameter has no description (here or in a shared _*.md file)");
            }
            foreach (var documented in help.Parameters.Keys.Where(d => !parameters.Any(p => string.Equals(p.Name, d, StringComparison.OrdinalIgnoreCase))))
            {
                problems.Add(help.Path, "-" + documented, $"{cmdlet.Name} has no such parameter");
            }

            if (help.Examples.Count < MinimumExamples)
            {
                problems.Add(help.Path, "EXAMPLES", $"{help.Examples.Count} example(s); at least {MinimumExamples} are required");
            }
            foreach (var example in help.Examples)
            {
                if (string.IsNullOrWhiteSpace(example.Code))
                {
                    problems.Add(help.Path, example.Title, "the example has no ```powershell code block");
                }
                if (example.Remarks.Count == 0)
                {
                    problems.Add(help.Path, example.Title, "the example has no description after its code");
                }
            }

            CheckOutputs(cmdlet, help, problems);
        }

        /// <summary>OUTPUTS describes exactly the [OutputType] types ("None" when the cmdlet writes nothing).</summary>
        private static void CheckOutputs(CmdletInfo cmdlet, CommandHelp help, BuildProblems problems)
        {
            var declared = CommandShape.OutputTypes(cmdlet);
            foreach (var output in help.Outputs)
            {
                var known = output.TypeName == "None" ? declared.Count == 0 : declared.Any(d => Matches(d, output.TypeName));
                if (!known)
                {
                    problems.Add(help.Path, "OUTPUTS " + output.TypeName, "not a type in the cmdlet's [OutputType]");
                }
                if (output.Description.Count == 0)
                {
                    problems.Add(help.Path, "OUTPUTS " + output.TypeName, "no description");
                }
            }
            foreach (var type in declared.Where(d => !help.Outputs.Any(o => Matches(d, o.TypeName))))
            {
                problems.Add(help.Path, "OUTPUTS", $"[OutputType] {type} is not described (add '### {type}')");
            }
            if (declared.Count == 0 && help.Outputs.Count == 0)
            {
                problems.Add(help.Path, "OUTPUTS", "the cmdlet writes nothing: say so with '### None'");
            }
        }

        /// <summary>A full type name, or its last part ("SpawnContext" for "Spawn.SpawnContext").</summary>
        public static bool Matches(string fullName, string written) =>
            string.Equals(fullName, written, StringComparison.Ordinal) || fullName.EndsWith("." + written, StringComparison.Ordinal);
    }
}
