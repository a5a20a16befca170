using System.Xml.Linq;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Sns
{
    /// <summary>The id SNS gave the published message.</summary>
    public sealed class PublishResponse : AmazonWebServiceResponse
    {
        public string MessageId { get; set; } = "";

        internal static PublishResponse Read(XElement result) => new PublishResponse { MessageId = result.RequiredText("MessageId") };
    }
}
