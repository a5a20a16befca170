using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Spawn.Iam
{
    /// <summary>Builds the SDK request for any <see cref="IamRequest"/>: a form-encoded POST to "/".</summary>
    internal sealed class IamRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public static readonly IamRequestMarshaller Instance = new IamRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var source = (IamRequest)input;
            var request = new DefaultRequest(source, "IAM") { HttpMethod = "POST", ResourcePath = "/" };
            request.Parameters["Action"] = source.Action;
            request.Parameters["Version"] = IamRequest.ApiVersion;
            source.AddParameters(request.Parameters);
            return request;
        }
    }
}
