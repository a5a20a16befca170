using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>The answer of GetRole and CreateRole.</summary>
    public sealed class RoleResponse : AmazonWebServiceResponse
    {
        public Role Role { get; set; } = new Role();

        internal static RoleResponse Read(XElement result) => new RoleResponse { Role = Role.Read(result.RequiredChild("Role")) };
    }
}
