using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>Every managed policy attached to a role.</summary>
    public sealed class ListAttachedRolePoliciesResponse : IamPagedResponse
    {
        public List<AttachedPolicy> AttachedPolicies { get; set; } = new List<AttachedPolicy>();

        internal static ListAttachedRolePoliciesResponse Read(XElement result) => new ListAttachedRolePoliciesResponse
        {
            AttachedPolicies = result.Items("AttachedPolicies").Select(AttachedPolicy.Read).ToList(),
            NextMarker = ReadNextMarker(result),
        };
    }
}
