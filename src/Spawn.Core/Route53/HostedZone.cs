using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>A Route 53 hosted zone.</summary>
    public sealed class HostedZone
    {
        /// <summary>The id as Route 53 returns it ("/hostedzone/Z..."); every Spawn call accepts it with or without the prefix.</summary>
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? CallerReference { get; set; }
        public string? Comment { get; set; }
        public bool PrivateZone { get; set; }
        public long? ResourceRecordSetCount { get; set; }

        internal static HostedZone Read(XElement e)
        {
            var config = e.Child("Config");
            return new HostedZone
            {
                Id = e.RequiredText("Id"),
                Name = e.RequiredText("Name"),
                CallerReference = e.Text("CallerReference"),
                Comment = config?.Text("Comment"),
                PrivateZone = config?.Flag("PrivateZone") ?? false,
                ResourceRecordSetCount = e.Number("ResourceRecordSetCount"),
            };
        }
    }
}
