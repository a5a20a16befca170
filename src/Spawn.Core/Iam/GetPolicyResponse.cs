using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>A managed policy: name and default version.</summary>
    public sealed class GetPolicyResponse : AmazonWebServiceResponse
    {
        public string PolicyName { get; set; } = "";
        public string Arn { get; set; } = "";
        public string DefaultVersionId { get; set; } = "";

        internal static GetPolicyResponse Read(XElement result)
        {
            var policy = result.Child("Policy") ?? result;
            return new GetPolicyResponse
            {
                PolicyName = policy.RequiredText("PolicyName"),
                Arn = policy.RequiredText("Arn"),
                DefaultVersionId = policy.RequiredText("DefaultVersionId"),
            };
        }
    }
}
