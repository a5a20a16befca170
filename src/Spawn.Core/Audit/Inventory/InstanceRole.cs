using System.Collections.Generic;
using Spawn.Iam;

namespace Spawn.Audit.Inventory
{
    /// <summary>An instance profile in use, its role and every policy document of that role.</summary>
    public sealed class InstanceRole
    {
        public InstanceRole(string profileArn, InstanceProfile? profile, IReadOnlyList<RolePolicy> policies)
        {
            ProfileArn = profileArn;
            Profile = profile;
            Policies = policies;
        }

        public string ProfileArn { get; }

        /// <summary>Null when the profile does not exist (IAM answered NoSuchEntity).</summary>
        public InstanceProfile? Profile { get; }
        public Role? Role => Profile != null && Profile.Roles.Count > 0 ? Profile.Roles[0] : null;
        public IReadOnlyList<RolePolicy> Policies { get; }
    }

    /// <summary>An inline (Arn null) or attached managed policy of a role; Document null when it could not be read.</summary>
    public sealed class RolePolicy
    {
        public RolePolicy(string name, string? arn, Collected<string> document)
        {
            Name = name;
            Arn = arn;
            Document = document;
        }

        public string Name { get; }
        public string? Arn { get; }
        public Collected<string> Document { get; }
    }
}
