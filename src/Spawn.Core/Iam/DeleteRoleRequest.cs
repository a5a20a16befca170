using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>Deletes a role; IAM refuses while it has policies or instance profiles.</summary>
    public sealed class DeleteRoleRequest : IamRequest
    {
        public string RoleName { get; set; } = "";

        internal override string Action => "DeleteRole";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["RoleName"] = RoleName;
        }
    }
}
