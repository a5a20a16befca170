using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>The names of a role's inline policies (every page).</summary>
    public sealed class ListRolePoliciesRequest : IamPagedRequest
    {
        public string RoleName { get; set; } = "";

        internal override string Action => "ListRolePolicies";

        internal override void AddPageParameters(IDictionary<string, string> parameters) => parameters["RoleName"] = RoleName;
    }
}
