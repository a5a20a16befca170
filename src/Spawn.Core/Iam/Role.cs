using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>An IAM role.</summary>
    public sealed class Role
    {
        public string RoleName { get; set; } = "";
        public string RoleId { get; set; } = "";
        public string Arn { get; set; } = "";
        public string Path { get; set; } = "/";
        public DateTime? CreateDate { get; set; }

        /// <summary>The trust policy, decoded JSON.</summary>
        public string? AssumeRolePolicyDocument { get; set; }

        public string? Description { get; set; }
        public long? MaxSessionDuration { get; set; }
        public IList<Tag> Tags { get; set; } = new List<Tag>();

        internal static Role Read(XElement e) => new Role
        {
            RoleName = e.RequiredText("RoleName"),
            RoleId = e.Text("RoleId") ?? "",
            Arn = e.RequiredText("Arn"),
            Path = e.Text("Path") ?? "/",
            CreateDate = e.Date("CreateDate"),
            AssumeRolePolicyDocument = IamText.DecodePolicy(e.Text("AssumeRolePolicyDocument")),
            Description = e.Text("Description"),
            MaxSessionDuration = e.Number("MaxSessionDuration"),
            Tags = e.Items("Tags").Select(Tag.Read).ToList(),
        };
    }
}
