using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Xml;

namespace Spawn.HelpBuilder
{
    /// <summary>
    /// Writes Spawn.dll-Help.xml in the MAML layout Get-Help reads: prose from the markdown, syntax and parameter
    /// metadata from the compiled cmdlet.
    /// </summary>
    internal sealed class MamlWriter
    {
        private const string Msh = "http://msh";
        private const string Maml = "http://schemas.microsoft.com/maml/2004/10";
        private const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        private readonly XmlWriter _xml;
        private readonly SharedParameters _shared;

        private MamlWriter(XmlWriter xml, SharedParameters shared)
        {
            _xml = xml;
            _shared = shared;
        }

        public static void Write(string path, IEnumerable<(CmdletInfo Cmdlet, CommandHelp Help)> commands, SharedParameters shared)
        {
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
            using var xml = XmlWriter.Create(path, settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("helpItems", Msh);
            xml.WriteAttributeString("schema", "maml");
            var writer = new MamlWriter(xml, shared);
            foreach (var (cmdlet, help) in commands)
            {
                writer.WriteCommand(cmdlet, help);
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        private void WriteCommand(CmdletInfo cmdlet, CommandHelp help)
        {
            _xml.WriteStartElement("command", "command", Command);
            _xml.WriteAttributeString("xmlns", "maml", null, Maml);
            _xml.WriteAttributeString("xmlns", "dev", null, Dev);

            _xml.WriteStartElement("command", "details", Command);
            _xml.WriteElementString("command", "name", Command, cmdlet.Name);
            _xml.WriteElementString("command", "verb", Command, cmdlet.Verb);
            _xml.WriteElementString("command", "noun", Command, cmdlet.Noun);
            Description(help.Synopsis);
            _xml.WriteEndElement();

            Description(help.Description);
            WriteSyntax(cmdlet, help);
            WriteParameters(cmdlet, help);
            WriteTypes("inputTypes", "inputType", help.Inputs.Select(i => (i.TypeName, i.Description)));
            WriteTypes("returnValues", "returnValue", help.Outputs.Select(o => (OutputName(cmdlet, o.TypeName), o.Description)));
            if (help.Notes.Count > 0)
            {
                _xml.WriteStartElement("maml", "alertSet", Maml);
                _xml.WriteStartElement("maml", "alert", Maml);
                Paragraphs(help.Notes);
                _xml.WriteEndElement();
                _xml.WriteEndElement();
            }
            WriteExamples(help);
            WriteLinks(help);
            _xml.WriteEndElement();
        }

        private void WriteSyntax(CmdletInfo cmdlet, CommandHelp help)
        {
            _xml.WriteStartElement("command", "syntax", Command);
            foreach (var (_, parameters) in CommandShape.Syntax(cmdlet))
            {
                _xml.WriteStartElement("command", "syntaxItem", Command);
                _xml.WriteElementString("maml", "name", Maml, cmdlet.Name);
                foreach (var p in parameters)
                {
                    Parameter(p.Name, p.ParameterType, p.IsMandatory, CommandShape.Pipeline(p.ValueFromPipeline, p.ValueFromPipelineByPropertyName),
                        CommandShape.Position(p), p.Aliases, _shared.Describe(help, p.Name), defaultValue: null);
                }
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }

        private void WriteParameters(CmdletInfo cmdlet, CommandHelp help)
        {
            _xml.WriteStartElement("command", "parameters", Command);
            foreach (var p in CommandShape.Parameters(cmdlet))
            {
                Parameter(p.Name, p.ParameterType, CommandShape.Required(p), CommandShape.PipelineInput(p), CommandShape.Position(p),
                    p.Aliases, _shared.Describe(help, p.Name), CommandShape.DefaultValue(cmdlet, p));
            }
            _xml.WriteEndElement();
        }

        private void Parameter(string name, System.Type type, bool required, string pipeline, string position,
            IEnumerable<string> aliases, IReadOnlyList<string> description, string? defaultValue)
        {
            var isSwitch = type == typeof(SwitchParameter);
            _xml.WriteStartElement("command", "parameter", Command);
            _xml.WriteAttributeString("required", Bool(required));
            _xml.WriteAttributeString("variableLength", Bool(type.IsArray));
            _xml.WriteAttributeString("globbing", "false");
            _xml.WriteAttributeString("pipelineInput", pipeline);
            _xml.WriteAttributeString("position", position);
            _xml.WriteAttributeString("aliases", CommandShape.Aliases(aliases));
            _xml.WriteElementString("maml", "name", Maml, name);
            Description(description);
            _xml.WriteStartElement("command", "parameterValue", Command);
            _xml.WriteAttributeString("required", Bool(!isSwitch));
            _xml.WriteAttributeString("variableLength", Bool(type.IsArray));
            _xml.WriteString(type.Name);
            _xml.WriteEndElement();
            _xml.WriteStartElement("dev", "type", Dev);
            _xml.WriteElementString("maml", "name", Maml, type.FullName ?? type.Name);
            _xml.WriteEndElement();
            if (defaultValue != null)
            {
                _xml.WriteElementString("dev", "defaultValue", Dev, defaultValue);
            }
            _xml.WriteEndElement();
        }

        private void WriteTypes(string listElement, string itemElement, IEnumerable<(string TypeName, IReadOnlyList<string> Text)> types)
        {
            _xml.WriteStartElement("command", listElement, Command);
            foreach (var (typeName, text) in types)
            {
                _xml.WriteStartElement("command", itemElement, Command);
                _xml.WriteStartElement("dev", "type", Dev);
                _xml.WriteElementString("maml", "name", Maml, typeName);
                _xml.WriteEndElement();
                Description(text);
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }

        private void WriteExamples(CommandHelp help)
        {
            _xml.WriteStartElement("command", "examples", Command);
            foreach (var example in help.Examples)
            {
                _xml.WriteStartElement("command", "example", Command);
                _xml.WriteElementString("maml", "title", Maml, $"--------- {example.Title} ---------");
                _xml.WriteElementString("dev", "code", Dev, example.Code);
                _xml.WriteStartElement("dev", "remarks", Dev);
                Paragraphs(example.Remarks);
                _xml.WriteEndElement();
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }

        private void WriteLinks(CommandHelp help)
        {
            _xml.WriteStartElement("command", "relatedLinks", Command);
            foreach (var link in help.Links)
            {
                _xml.WriteStartElement("maml", "navigationLink", Maml);
                _xml.WriteElementString("maml", "linkText", Maml, link.Text);
                _xml.WriteElementString("maml", "uri", Maml, link.Uri);
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }

        /// <summary>OUTPUTS headings may use the short name; help shows the full one from [OutputType].</summary>
        private static string OutputName(CmdletInfo cmdlet, string written) =>
            CommandShape.OutputTypes(cmdlet).FirstOrDefault(d => CommandHelpValidator.Matches(d, written)) ?? written;

        private void Description(IReadOnlyList<string> paragraphs)
        {
            _xml.WriteStartElement("maml", "description", Maml);
            Paragraphs(paragraphs);
            _xml.WriteEndElement();
        }

        private void Paragraphs(IEnumerable<string> paragraphs)
        {
            foreach (var paragraph in paragraphs)
            {
                _xml.WriteElementString("maml", "para", Maml, paragraph);
            }
        }

        private static string Bool(bool value) => value ? "true" : "false";
    }
}
