using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>One version of a managed policy, with its document.</summary>
    public sealed class GetPolicyVersionRequest : IamRequest
    {
        public string PolicyArn { get; set; } = "";
        public string VersionId { get; set; } = "";

        internal override string Action => "GetPolicyVersion";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["PolicyArn"] = PolicyArn;
            parameters["VersionId"] = VersionId;
        }
    }
}
