using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>A managed policy's metadata (its default version id).</summary>
    public sealed class GetPolicyRequest : IamRequest
    {
        public string PolicyArn { get; set; } = "";

        internal override string Action => "GetPolicy";

        internal override void AddParameters(IDictionary<string, string> parameters) => parameters["PolicyArn"] = PolicyArn;
    }
}
