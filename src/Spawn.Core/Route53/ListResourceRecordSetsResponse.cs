using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>One page of record sets; when truncated, the Next* values start the following page.</summary>
    public sealed class ListResourceRecordSetsResponse : AmazonWebServiceResponse
    {
        public IList<ResourceRecordSet> ResourceRecordSets { get; set; } = new List<ResourceRecordSet>();
        public bool IsTruncated { get; set; }
        public string? NextRecordName { get; set; }
        public string? NextRecordType { get; set; }
        public string? NextRecordIdentifier { get; set; }

        internal static ListResourceRecordSetsResponse Read(XElement root) => new ListResourceRecordSetsResponse
        {
            ResourceRecordSets = root.Items("ResourceRecordSets").Select(ResourceRecordSet.Read).ToList(),
            IsTruncated = root.Flag("IsTruncated"),
            NextRecordName = root.Text("NextRecordName"),
            NextRecordType = root.Text("NextRecordType"),
            NextRecordIdentifier = root.Text("NextRecordIdentifier"),
        };
    }
}
