using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>An IAM resource tag.</summary>
    public sealed class Tag
    {
        public Tag(string key, string value)
        {
            Key = key;
            Value = value;
        }

        public string Key { get; }
        public string Value { get; }

        internal static Tag Read(XElement e) => new Tag(e.RequiredText("Key"), e.Text("Value") ?? "");
    }
}
