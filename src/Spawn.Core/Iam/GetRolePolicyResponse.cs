using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>An inline policy of a role, its document decoded to plain JSON.</summary>
    public sealed class GetRolePolicyResponse : AmazonWebServiceResponse
    {
        public string RoleName { get; set; } = "";
        public string PolicyName { get; set; } = "";
        public string PolicyDocument { get; set; } = "";

        internal static GetRolePolicyResponse Read(XElement result) => new GetRolePolicyResponse
        {
            RoleName = result.RequiredText("RoleName"),
            PolicyName = result.RequiredText("PolicyName"),
            PolicyDocument = IamText.DecodePolicy(result.RequiredText("PolicyDocument"))!,
        };
    }
}
