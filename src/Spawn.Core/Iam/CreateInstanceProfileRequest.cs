using System.Collections.Generic;

namespace Spawn.Iam
{
    /// <summary>Creates an empty instance profile.</summary>
    public sealed class CreateInstanceProfileRequest : IamRequest
    {
        public string InstanceProfileName { get; set; } = "";
        public string? Path { get; set; }
        public IList<Tag> Tags { get; set; } = new List<Tag>();

        internal override string Action => "CreateInstanceProfile";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["InstanceProfileName"] = InstanceProfileName;
            AddOptional(parameters, "Path", Path);
            AddTags(parameters, Tags);
        }
    }
}
