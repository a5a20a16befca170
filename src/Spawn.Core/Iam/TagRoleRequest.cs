using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>Adds or overwrites tags on a role.</summary>
    public sealed class TagRoleRequest : IamRequest
    {
        public string RoleName { get; set; } = "";
        public IList<Tag> Tags { get; set; } = new List<Tag>();

        internal override string Action => "TagRole";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["RoleName"] = RoleName;
            AddTags(parameters, Tags);
        }
    }
}
