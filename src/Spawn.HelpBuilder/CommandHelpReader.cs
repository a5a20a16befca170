using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Spawn.HelpBuilder
{
    /// <summary>
    /// Reads a PlatyPS schema-2.0 style cmdlet file (see en-US/README.md). Only prose is taken; a SYNTAX section
    /// and the yaml blocks under parameters are ignored because the compiled cmdlet is the truth for those.
    /// </summary>
    internal static class CommandHelpReader
    {
        private const string SetupOpen = "<!-- setup:";
        private const string CommentClose = "-->";

        public static CommandHelp Read(string path)
        {
            var outline = MarkdownOutline.Read(path);
            var help = new CommandHelp(path, outline.Title)
            {
                Synopsis = outline.Section("SYNOPSIS")?.Paragraphs ?? Array.Empty<string>(),
                Description = outline.Section("DESCRIPTION")?.Paragraphs ?? Array.Empty<string>(),
                Notes = outline.Section("NOTES")?.Paragraphs ?? Array.Empty<string>(),
            };
            foreach (var example in outline.Section("EXAMPLES")?.SubSections ?? new List<OutlineSection>())
            {
                help.Examples.Add(ReadExample(example));
            }
            foreach (var parameter in outline.Section("PARAMETERS")?.SubSections ?? new List<OutlineSection>())
            {
                if (parameter.Name.StartsWith("-", StringComparison.Ordinal))
                {
                    help.Parameters[parameter.Name.Substring(1)] = parameter.Paragraphs;
                }
            }
            help.Inputs.AddRange(Types(outline.Section("INPUTS")));
            help.Outputs.AddRange(Types(outline.Section("OUTPUTS")));
            help.Links.AddRange(Links(outline.Section("RELATED LINKS")));
            return help;
        }

        /// <summary>Code is the fenced blocks before the first paragraph; everything after is remarks (sample output included).</summary>
        private static ExampleHelp ReadExample(OutlineSection section)
        {
            var code = new List<string>();
            var remarks = new List<string>();
            string? setup = null;
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case HtmlBlock html when MarkdownText.Code(html).TrimStart().StartsWith(SetupOpen, StringComparison.Ordinal):
                        var comment = MarkdownText.Code(html).Trim();
                        setup = comment.Substring(SetupOpen.Length, comment.Length - SetupOpen.Length - CommentClose.Length).Trim();
                        break;
                    case FencedCodeBlock fenced when remarks.Count == 0:
                        code.Add(MarkdownText.Code(fenced));
                        break;
                    case FencedCodeBlock fenced:
                        remarks.Add(MarkdownText.Code(fenced));
                        break;
                    default:
                        remarks.AddRange(MarkdownText.Paragraphs(new[] { block }));
                        break;
                }
            }
            return new ExampleHelp(section.Name, string.Join("\n\n", code), remarks, setup);
        }

        private static IEnumerable<TypeHelp> Types(OutlineSection? section) =>
            section?.SubSections.Select(s => new TypeHelp(s.Name, s.Paragraphs)) ?? Enumerable.Empty<TypeHelp>();

        private static IEnumerable<LinkHelp> Links(OutlineSection? section)
        {
            foreach (var item in section?.Blocks.SelectMany(Leaves) ?? Enumerable.Empty<ParagraphBlock>())
            {
                var link = item.Inline?.Descendants<LinkInline>().FirstOrDefault();
                yield return link != null
                    ? new LinkHelp(MarkdownText.Inline(link).Trim(), link.Url ?? string.Empty)
                    : new LinkHelp(MarkdownText.Inline(item.Inline).Trim(), string.Empty);
            }
        }

        private static IEnumerable<ParagraphBlock> Leaves(Block block) => block switch
        {
            ParagraphBlock paragraph => new[] { paragraph },
            ContainerBlock container => container.SelectMany(Leaves),
            _ => Enumerable.Empty<ParagraphBlock>(),
        };
    }
}
