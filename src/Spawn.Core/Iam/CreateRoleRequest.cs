using System.Collections.Generic;
using System.Globalization;

namespace Spawn.Iam
{
    /// <summary>Creates a role with a trust policy.</summary>
    public sealed class CreateRoleRequest : IamRequest
    {
        public string RoleName { get; set; } = "";

        /// <summary>The trust policy JSON (who may assume the role).</summary>
        public string AssumeRolePolicyDocument { get; set; } = "";

        public string? Path { get; set; }
        public string? Description { get; set; }

        /// <summary>Longest session, in seconds (3600 to 43200).</summary>
        public int? MaxSessionDuration { get; set; }

        public IList<Tag> Tags { get; set; } = new List<Tag>();

        internal override string Action => "CreateRole";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["RoleName"] = RoleName;
            parameters["AssumeRolePolicyDocument"] = AssumeRolePolicyDocument;
            AddOptional(parameters, "Path", Path);
            AddOptional(parameters, "Description", Description);
            AddOptional(parameters, "MaxSessionDuration", MaxSessionDuration?.ToString(CultureInfo.InvariantCulture));
            AddTags(parameters, Tags);
        }
    }
}
