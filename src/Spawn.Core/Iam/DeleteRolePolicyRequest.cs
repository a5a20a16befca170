using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>Deletes an inline policy of a role.</summary>
    public sealed class DeleteRolePolicyRequest : IamRequest
    {
        public string RoleName { get; set; } = "";
        public string PolicyName { get; set; } = "";

        internal override string Action => "DeleteRolePolicy";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["RoleName"] = RoleName;
            parameters["PolicyName"] = PolicyName;
        }
    }
}
