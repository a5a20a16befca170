using System.Xml.Linq;
using Amazon.Runtime;

namespace Spawn.Iam
{
    /// <summary>The answer of IAM operations that return nothing but a request id (deletes, puts, tag, add/remove).</summary>
    public sealed class IamResponse : AmazonWebServiceResponse
    {
        internal static IamResponse Read(XElement result) => new IamResponse();
    }
}
