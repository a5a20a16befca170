using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>The managed policies attached to a role (every page).</summary>
    public sealed class ListAttachedRolePoliciesRequest : IamPagedRequest
    {
        public string RoleName { get; set; } = "";
        public string? PathPrefix { get; set; }

        internal override string Action => "ListAttachedRolePolicies";

        internal override void AddPageParameters(IDictionary<string, string> parameters)
        {
            parameters["RoleName"] = RoleName;
            AddOptional(parameters, "PathPrefix", PathPrefix);
        }
    }
}
