using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Spawn.HelpBuilder
{
    /// <summary>The parts of a compiled cmdlet help shows: its own parameters (common ones left to PowerShell) and their metadata.</summary>
    internal static class CommandShape
    {
        private static readonly HashSet<string> Common = new HashSet<string>(Cmdlet.CommonParameters, StringComparer.OrdinalIgnoreCase);

        public static IEnumerable<ParameterMetadata> Parameters(CmdletInfo cmdlet) =>
            cmdlet.Parameters.Values.Where(p => !Common.Contains(p.Name));

        /// <summary>Each parameter set's own parameters: positional ones by position, then the rest as declared.</summary>
        public static IEnumerable<(string SetName, IReadOnlyList<CommandParameterInfo> Parameters)> Syntax(CmdletInfo cmdlet) =>
            cmdlet.ParameterSets.Select(set => (set.Name, (IReadOnlyList<CommandParameterInfo>)set.Parameters
                .Where(p => !Common.Contains(p.Name))
                .OrderBy(p => p.Position < 0 ? int.MaxValue : p.Position)
                .ToList()));

        public static string Pipeline(bool byValue, bool byPropertyName) => (byValue, byPropertyName) switch
        {
            (true, true) => "True (ByValue, ByPropertyName)",
            (true, false) => "True (ByValue)",
            (false, true) => "True (ByPropertyName)",
            _ => "False",
        };

        /// <summary>"named", or the position the parameter has in its first positional set.</summary>
        public static string Position(ParameterMetadata parameter) =>
            parameter.ParameterSets.Values.Select(s => s.Position).Where(p => p != int.MinValue && p >= 0)
                .Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty("named").First();

        public static string Position(CommandParameterInfo parameter) =>
            parameter.Position >= 0 ? parameter.Position.ToString(System.Globalization.CultureInfo.InvariantCulture) : "named";

        /// <summary>Required only when mandatory in every set the parameter is in.</summary>
        public static bool Required(ParameterMetadata parameter) =>
            parameter.ParameterSets.Count > 0 && parameter.ParameterSets.Values.All(s => s.IsMandatory);

        public static string PipelineInput(ParameterMetadata parameter) => Pipeline(
            parameter.ParameterSets.Values.Any(s => s.ValueFromPipeline),
            parameter.ParameterSets.Values.Any(s => s.ValueFromPipelineByPropertyName));

        /// <summary>Declared with [PSDefaultValue] on the property; switches default to False.</summary>
        public static string DefaultValue(CmdletInfo cmdlet, ParameterMetadata parameter)
        {
            var property = cmdlet.ImplementingType.GetProperty(parameter.Name, BindingFlags.Public | BindingFlags.Instance);
            var declared = property?.GetCustomAttribute<PSDefaultValueAttribute>();
            if (declared != null)
            {
                return declared.Help ?? Convert.ToString(declared.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "None";
            }
            return parameter.SwitchParameter ? "False" : "None";
        }

        public static string Aliases(IEnumerable<string> aliases)
        {
            var list = aliases.ToList();
            return list.Count == 0 ? "none" : string.Join(", ", list);
        }

        /// <summary>Declared output types; [OutputType(typeof(void))] means the cmdlet writes nothing.</summary>
        public static IReadOnlyList<string> OutputTypes(CmdletInfo cmdlet) =>
            cmdlet.OutputType.Select(t => t.Type?.FullName ?? t.Name).Where(n => n != typeof(void).FullName).Distinct().ToList();
    }
}
