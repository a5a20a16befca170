using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>Deletes an instance profile; IAM refuses while it holds a role.</summary>
    public sealed class DeleteInstanceProfileRequest : IamRequest
    {
        public string InstanceProfileName { get; set; } = "";

        internal override string Action => "DeleteInstanceProfile";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["InstanceProfileName"] = InstanceProfileName;
        }
    }
}
