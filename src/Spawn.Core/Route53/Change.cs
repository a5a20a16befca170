using System.Xml.Linq;

namespace Spawn.Route53
{
    /// <summary>One change in a change batch.</summary>
    public sealed class Change
    {
        public Change(ChangeAction action, ResourceRecordSet recordSet)
        {
            Action = action;
            RecordSet = recordSet;
        }

        public ChangeAction Action { get; }
        public ResourceRecordSet RecordSet { get; }

        internal XElement ToXml() => Route53Wire.Element("Change", new object[]
        {
            Route53Wire.Element("Action", Action.ToString().ToUpperInvariant()),
            RecordSet.ToXml(),
        });
    }
}
