using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>Puts a role in an instance profile (a profile holds at most one).</summary>
    public sealed class AddRoleToInstanceProfileRequest : IamRequest
    {
        public string InstanceProfileName { get; set; } = "";
        public string RoleName { get; set; } = "";

        internal override string Action => "AddRoleToInstanceProfile";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["InstanceProfileName"] = InstanceProfileName;
            parameters["RoleName"] = RoleName;
        }
    }
}
