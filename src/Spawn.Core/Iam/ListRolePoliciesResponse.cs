using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>The names of every inline policy of a role.</summary>
    public sealed class ListRolePoliciesResponse : IamPagedResponse
    {
        public List<string> PolicyNames { get; set; } = new List<string>();

        internal static ListRolePoliciesResponse Read(XElement result) => new ListRolePoliciesResponse
        {
            PolicyNames = result.Items("PolicyNames").Select(e => e.Value).ToList(),
            NextMarker = ReadNextMarker(result),
        };
    }
}
