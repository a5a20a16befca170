using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>One role, with its decoded trust policy.</summary>
    public sealed class GetRoleRequest : IamRequest
    {
        public string RoleName { get; set; } = "";

        internal override string Action => "GetRole";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["RoleName"] = RoleName;
        }
    }
}
