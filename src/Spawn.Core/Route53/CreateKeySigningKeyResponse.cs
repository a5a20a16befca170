using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>The new key-signing key and the change that creates it.</summary>
    public sealed class CreateKeySigningKeyResponse : AmazonWebServiceResponse
    {
        public ChangeInfo ChangeInfo { get; set; } = new ChangeInfo();
        public KeySigningKey KeySigningKey { get; set; } = new KeySigningKey();

        internal static CreateKeySigningKeyResponse Read(XElement root) => new CreateKeySigningKeyResponse
        {
            ChangeInfo = ChangeInfo.Read(root.RequiredChild("ChangeInfo")),
            KeySigningKey = KeySigningKey.Read(root.RequiredChild("KeySigningKey")),
        };
    }
}
