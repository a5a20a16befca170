using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Spawn.Aws.Sdk
{
    /// <summary>Builds the SDK request for any <see cref="QueryRequest"/> of one service: a form-encoded POST to "/".</summary>
    internal sealed class QueryRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        private readonly string _serviceName;
        private readonly string _apiVersion;

        public QueryRequestMarshaller(string serviceName, string apiVersion)
        {
            _serviceName = serviceName;
            _apiVersion = apiVersion;
        }

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var source = (QueryRequest)input;
            var request = new DefaultRequest(source, _serviceName) { HttpMethod = "POST", ResourcePath = "/" };
            request.Parameters["Action"] = source.Action;
            request.Parameters["Version"] = _apiVersion;
            source.AddParameters(request.Parameters);
            return request;
        }
    }
}
