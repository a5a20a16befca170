using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Markdig.Syntax;

namespace Spawn.HelpBuilder
{
    /// <summary>
    /// about_X.md to about_X.help.txt in the strict layout Get-Help expects: "TOPIC" on line 1, the name indented
    /// on line 2, a blank line, "SHORT DESCRIPTION" on line 4 and the one-line synopsis on line 5; after that
    /// each "##" section is an upper-case heading with its text indented and wrapped for the console.
    /// </summary>
    internal static class AboutTopicWriter
    {
        private const string ShortDescription = "SHORT DESCRIPTION";
        private const int Width = 80;
        private const string Indent = "    ";

        public static void Write(string source, string outputDirectory, BuildProblems problems)
        {
            var outline = MarkdownOutline.Read(source);
            var name = Path.GetFileNameWithoutExtension(source);
            if (outline.Title != name)
            {
                problems.Add(source, "title", $"the first heading must be '# {name}'");
            }
            var synopsis = outline.Sections.FirstOrDefault();
            if (synopsis == null || synopsis.Name.ToUpperInvariant() != ShortDescription || synopsis.Paragraphs.Count != 1)
            {
                problems.Add(source, ShortDescription, $"the first section must be '## {ShortDescription}' with one paragraph");
                return;
            }
            if (synopsis.Paragraphs[0].Length > Width - Indent.Length)
            {
                problems.Add(source, ShortDescription, $"must fit on one line of {Width - Indent.Length} characters; Get-Help reads only line 5");
            }
            if (outline.Section("LONG DESCRIPTION")?.Paragraphs.Count is null or 0)
            {
                problems.Add(source, "LONG DESCRIPTION", "empty or missing");
            }

            var text = new StringBuilder();
            text.Append("TOPIC\n    ").Append(name).Append("\n\n");
            foreach (var section in outline.Sections)
            {
                text.Append(section.Name.ToUpperInvariant()).Append('\n');
                Blocks(section.Blocks, text);
                foreach (var sub in section.SubSections)
                {
                    text.Append("  ").Append(sub.Name).Append("\n");
                    Blocks(sub.Blocks, text);
                }
            }
            File.WriteAllText(Path.Combine(outputDirectory, name + ".help.txt"), text.ToString().TrimEnd() + "\n", new UTF8Encoding(false));
        }

        private static void Blocks(IEnumerable<Block> blocks, StringBuilder text)
        {
            foreach (var block in blocks)
            {
                if (block is FencedCodeBlock code)
                {
                    foreach (var line in MarkdownText.Code(code).Split('\n'))
                    {
                        text.Append("        ").Append(line).Append('\n');
                    }
                    text.Append('\n');
                    continue;
                }
                foreach (var paragraph in MarkdownText.Paragraphs(new[] { block }))
                {
                    var hanging = paragraph.StartsWith("- ", System.StringComparison.Ordinal) ? "      " : "    ";
                    Wrap(paragraph, "    ", hanging, text);
                    text.Append('\n');
                }
            }
        }

        /// <summary>Greedy word wrap; hard line breaks in the markdown are kept.</summary>
        private static void Wrap(string paragraph, string indent, string hanging, StringBuilder text)
        {
            foreach (var hardLine in paragraph.Split('\n'))
            {
                var line = new StringBuilder(indent);
                var empty = true;
                foreach (var word in hardLine.Split(' ').Where(w => w.Length > 0))
                {
                    if (!empty && line.Length + 1 + word.Length > Width)
                    {
                        text.Append(line.ToString()).Append('\n');
                        line.Clear().Append(hanging);
                        empty = true;
                    }
                    line.Append(empty ? string.Empty : " ").Append(word);
                    empty = false;
                }
                text.Append(line.ToString().TrimEnd()).Append('\n');
                indent = hanging;
            }
        }
    }
}
