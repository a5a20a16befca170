using System;
using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>A submitted change: PENDING until Route 53 has propagated it to its name servers, then INSYNC.</summary>
    public sealed class ChangeInfo
    {
        public const string Pending = "PENDING";
        public const string InSync = "INSYNC";

        public string Id { get; set; } = "";
        public string Status { get; set; } = "";
        public DateTime? SubmittedAt { get; set; }
        public string? Comment { get; set; }

        internal static ChangeInfo Read(XElement e) => new ChangeInfo
        {
            Id = e.RequiredText("Id"),
            Status = e.RequiredText("Status"),
            SubmittedAt = e.Date("SubmittedAt"),
            Comment = e.Text("Comment"),
        };
    }
}
