using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// Reads AWS XML by local name: Route 53 and IAM put everything in a versioned namespace, and moto does not
    /// always, so matching on the namespace would tie the readers to one server's habits.
    /// </summary>
    internal static class XmlNodes
    {
        public static XElement? Child(this XElement element, string name) =>
            element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

        public static XElement RequiredChild(this XElement element, string name) =>
            element.Child(name) ?? throw new FormatException($"The AWS response has no {name} in {element.Name.LocalName}.");

        public static string? Text(this XElement element, string name) => element.Child(name)?.Value;

        public static string RequiredText(this XElement element, string name) =>
            element.Text(name) ?? throw new FormatException($"The AWS response has no {name} in {element.Name.LocalName}.");

        public static bool Flag(this XElement element, string name) =>
            string.Equals(element.Text(name), "true", StringComparison.OrdinalIgnoreCase);

        public static long? Number(this XElement element, string name) =>
            long.TryParse(element.Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (long?)null;

        public static DateTime? Date(this XElement element, string name) =>
            DateTime.TryParse(element.Text(name), CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value) ? value : (DateTime?)null;

        /// <summary>The items of a wrapped list (&lt;Things&gt;&lt;Thing/&gt;... or IAM's &lt;Things&gt;&lt;member/&gt;...).</summary>
        public static IEnumerable<XElement> Items(this XElement element, string listName) =>
            element.Child(listName)?.Elements() ?? Enumerable.Empty<XElement>();

        public static XElement? Descendant(this XElement element, string name) =>
            element.Descendants().FirstOrDefault(e => e.Name.LocalName == name);
    }
}
