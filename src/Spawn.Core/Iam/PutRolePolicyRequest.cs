using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>Creates or replaces an inline policy of a role.</summary>
    public sealed class PutRolePolicyRequest : IamRequest
    {
        public string RoleName { get; set; } = "";
        public string PolicyName { get; set; } = "";
        public string PolicyDocument { get; set; } = "";

        internal override string Action => "PutRolePolicy";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["RoleName"] = RoleName;
            parameters["PolicyName"] = PolicyName;
            parameters["PolicyDocument"] = PolicyDocument;
        }
    }
}
