using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Spawn.HelpBuilder
{
    /// <summary>Markdown to the plain text the console shows: no markup characters, code spans as their content.</summary>
    internal static class MarkdownText
    {
        public static string Inline(ContainerInline? container)
        {
            var text = new StringBuilder();
            Append(container?.FirstChild, text);
            return text.ToString();
        }

        /// <summary>One string per paragraph or list item; fenced code and HTML blocks are not prose.</summary>
        public static IReadOnlyList<string> Paragraphs(IEnumerable<Block> blocks)
        {
            var result = new List<string>();
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case ParagraphBlock paragraph:
                        result.Add(Inline(paragraph.Inline).Trim());
                        break;
                    case ListBlock list:
                        foreach (var item in list.OfType<ListItemBlock>())
                        {
                            result.Add("- " + string.Join(" ", Paragraphs(item)));
                        }
                        break;
                    case QuoteBlock quote:
                        result.AddRange(Paragraphs(quote));
                        break;
                }
            }
            return result.Where(p => p.Length > 0).ToList();
        }

        /// <summary>The content of a fenced or indented code block, without the fences.</summary>
        public static string Code(LeafBlock block) =>
            string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString())).TrimEnd();

        private static void Append(Inline? inline, StringBuilder text)
        {
            for (; inline != null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.ToString());
                        break;
                    case CodeInline code:
                        text.Append(code.Content);
                        break;
                    case LineBreakInline lineBreak:
                        text.Append(lineBreak.IsHard ? "\n" : " ");
                        break;
                    case HtmlEntityInline entity:
                        text.Append(entity.Transcoded.ToString());
                        break;
                    case AutolinkInline link:
                        text.Append(link.Url);
                        break;
                    case HtmlInline:
                        break;
                    case ContainerInline container:
                        Append(container.FirstChild, text);
                        break;
                }
            }
        }
    }
}
