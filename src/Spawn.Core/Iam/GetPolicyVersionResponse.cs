using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>A managed policy version, its document decoded to plain JSON.</summary>
    public sealed class GetPolicyVersionResponse : AmazonWebServiceResponse
    {
        public string VersionId { get; set; } = "";
        public string Document { get; set; } = "";

        internal static GetPolicyVersionResponse Read(XElement result)
        {
            var version = result.Child("PolicyVersion") ?? result;
            return new GetPolicyVersionResponse
            {
                VersionId = version.Text("VersionId") ?? "",
                Document = IamText.DecodePolicy(version.RequiredText("Document"))!,
            };
        }
    }
}
