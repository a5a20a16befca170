using System.Collections.Generic;

namespace Spawn.HelpBuilder
{
    /// <summary>What a cmdlet's markdown says: the prose half of its help (the code supplies the rest).</summary>
    internal sealed class CommandHelp
    {
        public CommandHelp(string path, string? name)
        {
            Path = path;
            Name = name;
        }

        public string Path { get; }
        public string? Name { get; }
        public IReadOnlyList<string> Synopsis { get; set; } = new List<string>();
        public IReadOnlyList<string> Description { get; set; } = new List<string>();
        public List<ExampleHelp> Examples { get; } = new List<ExampleHelp>();

        /// <summary>Parameter name (without the dash) to its description paragraphs.</summary>
        public Dictionary<string, IReadOnlyList<string>> Parameters { get; } =
            new Dictionary<string, IReadOnlyList<string>>(System.StringComparer.OrdinalIgnoreCase);

        public List<TypeHelp> Inputs { get; } = new List<TypeHelp>();
        public List<TypeHelp> Outputs { get; } = new List<TypeHelp>();
        public IReadOnlyList<string> Notes { get; set; } = new List<string>();
        public List<LinkHelp> Links { get; } = new List<LinkHelp>();
    }

    /// <summary>"### Example N: title", its code, its remarks, and the test-only setup from a setup comment.</summary>
    internal sealed record ExampleHelp(string Title, string Code, IReadOnlyList<string> Remarks, string? Setup);

    /// <summary>An INPUTS or OUTPUTS entry: "### TypeName" and what it is.</summary>
    internal sealed record TypeHelp(string TypeName, IReadOnlyList<string> Description);

    /// <summary>A RELATED LINKS entry: a markdown link (text and address) or plain text naming a command or topic.</summary>
    internal sealed record LinkHelp(string Text, string Uri);
}
