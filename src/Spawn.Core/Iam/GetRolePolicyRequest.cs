using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>One inline policy of a role.</summary>
    public sealed class GetRolePolicyRequest : IamRequest
    {
        public string RoleName { get; set; } = "";
        public string PolicyName { get; set; } = "";

        internal override string Action => "GetRolePolicy";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["RoleName"] = RoleName;
            parameters["PolicyName"] = PolicyName;
        }
    }
}
