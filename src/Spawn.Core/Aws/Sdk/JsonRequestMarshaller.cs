using System.IO;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// Builds the SDK request for a <see cref="JsonRequest"/> of one service: POST "/", the body as JSON, and the
    /// operation in X-Amz-Target as "{target prefix}.{operation}" (for example Logs_20140328.PutLogEvents).
    /// </summary>
    internal sealed class JsonRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        private readonly string _serviceName;
        private readonly string _targetPrefix;
        private readonly string _contentType;

        /// <param name="jsonVersion">"1.0" or "1.1", as the service's model says.</param>
        public JsonRequestMarshaller(string serviceName, string targetPrefix, string jsonVersion)
        {
            _serviceName = serviceName;
            _targetPrefix = targetPrefix;
            _contentType = "application/x-amz-json-" + jsonVersion;
        }

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var source = (JsonRequest)input;
            var request = new DefaultRequest(source, _serviceName) { HttpMethod = "POST", ResourcePath = "/" };
            request.Headers["X-Amz-Target"] = _targetPrefix + "." + source.Operation;
            request.Headers["Content-Type"] = _contentType;
            using var body = new MemoryStream();
            using (var writer = new Utf8JsonWriter(body))
            {
                writer.WriteStartObject();
                source.WriteBody(writer);
                writer.WriteEndObject();
            }
            request.Content = body.ToArray();
            return request;
        }
    }
}
