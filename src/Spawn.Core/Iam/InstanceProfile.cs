using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>An instance profile: the container that hands a role to an EC2 instance (at most one role).</summary>
    public sealed class InstanceProfile
    {
        public string InstanceProfileName { get; set; } = "";
        public string InstanceProfileId { get; set; } = "";
        public string Arn { get; set; } = "";
        public string Path { get; set; } = "/";
        public DateTime? CreateDate { get; set; }
        public IList<Role> Roles { get; set; } = new List<Role>();

        internal static InstanceProfile Read(XElement e) => new InstanceProfile
        {
            InstanceProfileName = e.RequiredText("InstanceProfileName"),
            InstanceProfileId = e.Text("InstanceProfileId") ?? "",
            Arn = e.RequiredText("Arn"),
            Path = e.Text("Path") ?? "/",
            CreateDate = e.Date("CreateDate"),
            Roles = e.Items("Roles").Select(Role.Read).ToList(),
        };
    }
}
