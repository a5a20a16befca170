using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>The answer of GetInstanceProfile and CreateInstanceProfile.</summary>
    public sealed class InstanceProfileResponse : AmazonWebServiceResponse
    {
        public InstanceProfile InstanceProfile { get; set; } = new InstanceProfile();

        internal static InstanceProfileResponse Read(XElement result) =>
            new InstanceProfileResponse { InstanceProfile = InstanceProfile.Read(result.RequiredChild("InstanceProfile")) };
    }
}
