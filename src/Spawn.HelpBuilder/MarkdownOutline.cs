using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Spawn.HelpBuilder
{
    /// <summary>A help markdown file cut at its headings: the "# title", its "## sections" and their "### subsections".</summary>
    internal sealed class MarkdownOutline
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

        private MarkdownOutline(string path, string? title, IReadOnlyList<OutlineSection> sections)
        {
            Path = path;
            Title = title;
            Sections = sections;
        }

        public string Path { get; }
        public string? Title { get; }
        public IReadOnlyList<OutlineSection> Sections { get; }

        /// <summary>The "## name" section (case-insensitive), or null.</summary>
        public OutlineSection? Section(string name) =>
            Sections.FirstOrDefault(s => string.Equals(s.Name, name, System.StringComparison.OrdinalIgnoreCase));

        public static MarkdownOutline Read(string path)
        {
            var document = Markdown.Parse(System.IO.File.ReadAllText(path), Pipeline);
            string? title = null;
            var sections = new List<OutlineSection>();
            OutlineSection? section = null;
            OutlineSection? sub = null;
            foreach (var block in document)
            {
                if (block is YamlFrontMatterBlock)
                {
                    continue;
                }
                if (block is HeadingBlock heading)
                {
                    var text = MarkdownText.Inline(heading.Inline).Trim();
                    switch (heading.Level)
                    {
                        case 1:
                            title ??= text;
                            section = sub = null;
                            continue;
                        case 2:
                            section = new OutlineSection(text);
                            sections.Add(section);
                            sub = null;
                            continue;
                        case 3 when section != null:
                            sub = new OutlineSection(text);
                            section.SubSections.Add(sub);
                            continue;
                    }
                }
                (sub ?? section)?.Blocks.Add(block);
            }
            return new MarkdownOutline(path, title, sections);
        }
    }

    /// <summary>A heading's name, the blocks under it up to the next heading, and its subsections.</summary>
    internal sealed class OutlineSection
    {
        public OutlineSection(string name) => Name = name;

        public string Name { get; }
        public List<Block> Blocks { get; } = new List<Block>();
        public List<OutlineSection> SubSections { get; } = new List<OutlineSection>();

        /// <summary>The prose paragraphs (lists flattened to "- item" lines); code and HTML comments left out.</summary>
        public IReadOnlyList<string> Paragraphs => MarkdownText.Paragraphs(Blocks);
    }
}
