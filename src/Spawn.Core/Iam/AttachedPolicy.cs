using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>A managed policy attached to a role.</summary>
    public sealed class AttachedPolicy
    {
        public string PolicyName { get; set; } = "";
        public string PolicyArn { get; set; } = "";

        internal static AttachedPolicy Read(XElement e) => new AttachedPolicy
        {
            PolicyName = e.RequiredText("PolicyName"),
            PolicyArn = e.RequiredText("PolicyArn"),
        };
    }
}
