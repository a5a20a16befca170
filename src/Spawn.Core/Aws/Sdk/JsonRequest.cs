using System.Text.Json;
using Amazon.Runtime;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// A request in the AWS JSON protocol: an operation name (sent in X-Amz-Target) and a JSON body.
    /// <see cref="JsonRequestMarshaller"/> turns it into the HTTP request.
    /// </summary>
    public abstract class JsonRequest : AmazonWebServiceRequest
    {
        internal abstract string Operation { get; }

        internal abstract void WriteBody(Utf8JsonWriter writer);
    }
}
