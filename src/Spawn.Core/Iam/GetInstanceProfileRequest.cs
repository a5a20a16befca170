using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>One instance profile with its role.</summary>
    public sealed class GetInstanceProfileRequest : IamRequest
    {
        public string InstanceProfileName { get; set; } = "";

        internal override string Action => "GetInstanceProfile";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["InstanceProfileName"] = InstanceProfileName;
        }
    }
}
