using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>Takes a role out of an instance profile.</summary>
    public sealed class RemoveRoleFromInstanceProfileRequest : IamRequest
    {
        public string InstanceProfileName { get; set; } = "";
        public string RoleName { get; set; } = "";

        internal override string Action => "RemoveRoleFromInstanceProfile";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["InstanceProfileName"] = InstanceProfileName;
            parameters["RoleName"] = RoleName;
        }
    }
}
