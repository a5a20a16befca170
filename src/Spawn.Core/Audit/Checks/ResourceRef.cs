using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Instances;

namespace Spawn.Audit.Checks
{
    /// <summary>Builds the Resource of a finding for each kind of thing the checks judge.</summary>
    public static class ResourceRef
    {
        public static AuditResource Instance(RegionInventory r, Instance i) => Make(r, r.Arn("ec2", "instance/" + i.InstanceId), i.InstanceId,
            "AWS::EC2::Instance", Tags(i.Tags));

        public static AuditResource Volume(RegionInventory r, Volume v) => Make(r, r.Arn("ec2", "volume/" + v.VolumeId), v.VolumeId, "AWS::EC2::Volume", Tags(v.Tags));

        public static AuditResource SecurityGroup(RegionInventory r, SecurityGroup g) =>
            Make(r, r.Arn("ec2", "security-group/" + g.GroupId), g.GroupId, "AWS::EC2::SecurityGroup", Tags(g.Tags), g.GroupName);

        public static AuditResource Subnet(RegionInventory r, Subnet s) => Make(r, r.Arn("ec2", "subnet/" + s.SubnetId), s.SubnetId, "AWS::EC2::Subnet", Tags(s.Tags));
        public static AuditResource NetworkAcl(RegionInventory r, NetworkAcl a) => Make(r, r.Arn("ec2", "network-acl/" + a.NetworkAclId), a.NetworkAclId, "AWS::EC2::NetworkAcl", Tags(a.Tags));
        public static AuditResource PrefixList(RegionInventory r, string id) => Make(r, r.Arn("ec2", "prefix-list/" + id), id, "AWS::EC2::PrefixList", new Dictionary<string, string>());

        /// <summary>Pseudo ARN for a region-wide setting or the region as a whole.</summary>
        public static AuditResource Region(RegionInventory r, string setting) =>
            Make(r, r.Arn("ec2", setting), r.Region + "/" + setting, "AWS::EC2::Region", new Dictionary<string, string>());

        public static AuditResource Scan(RegionInventory r) => new AuditResource
        {
            Arn = $"arn:{r.Partition}:spawn:{r.Region}:{r.AccountId}:audit-scan", Id = r.AccountId + "/" + r.Region,
            Type = "Spawn::Audit::Scan", AccountId = r.AccountId, Region = r.Region,
        };

        public static AuditResource Role(AuditInventory a, string arn, string name) => new AuditResource
        {
            Arn = arn, Id = name, Name = name, Type = "AWS::IAM::Role", AccountId = a.AccountId, Region = "global",
        };

        public static AuditResource Key(RegionInventory r, string arn, string id) => Make(r, arn, id, "AWS::KMS::Key", new Dictionary<string, string>());

        public static AuditResource Record(AuditInventory a, string zoneId, string name, string type) => new AuditResource
        {
            Arn = $"arn:{a.Partition}:route53:::hostedzone/{zoneId}/recordset/{name}/{type}", Id = name + " " + type, Name = name,
            Type = "AWS::Route53::RecordSet", AccountId = a.AccountId, Region = "global",
        };

        public static IDictionary<string, string> Tags(List<Tag>? tags) =>
            (tags ?? new List<Tag>()).GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First().Value ?? "");

        public static string? Tag(List<Tag>? tags, string key) => (tags ?? new List<Tag>()).FirstOrDefault(t => t.Key == key)?.Value;

        public static bool IsManaged(List<Tag>? tags) => Tag(tags, SpawnTags.Managed) == SpawnTags.True;

        private static AuditResource Make(RegionInventory r, string arn, string id, string type, IDictionary<string, string> tags, string? name = null) => new AuditResource
        {
            Arn = arn, Id = id, Type = type, AccountId = r.AccountId, Region = r.Region, Tags = tags,
            Name = name ?? (tags.TryGetValue(SpawnTags.Name, out var n) ? n : tags.TryGetValue("Name", out var n2) ? n2 : null),
        };
    }
}
