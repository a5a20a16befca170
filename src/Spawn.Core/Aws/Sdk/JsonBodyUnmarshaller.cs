using System;
using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// The AWS JSON protocol's counterpart of <see cref="XmlBodyUnmarshaller{TResponse}"/>: a JSON response body becomes
    /// a Spawn response (through <paramref name="read"/>), a JSON error body a typed <see cref="AwsServiceException"/>.
    /// </summary>
    internal sealed class JsonBodyUnmarshaller<TResponse> : JsonResponseUnmarshaller
        where TResponse : AmazonWebServiceResponse
    {
        private readonly Func<JsonElement, TResponse> _read;
        private readonly Func<AwsErrorDetails, AwsServiceException> _error;

        public JsonBodyUnmarshaller(Func<JsonElement, TResponse> read, Func<AwsErrorDetails, AwsServiceException> error)
        {
            _read = read;
            _error = error;
        }

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            using var document = Load(context);
            var response = _read(document?.RootElement ?? default);
            response.ResponseMetadata = new ResponseMetadata { RequestId = ResponseHeaders.RequestId(context.ResponseData) };
            return response;
        }

        public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException,
            HttpStatusCode statusCode)
        {
            JsonDocument? document;
            try
            {
                document = Load(context);
            }
            catch (JsonException)
            {
                // A proxy or load balancer can answer with HTML; the status code is then all there is to go on.
                document = null;
            }
            using (document)
            {
                return _error(AwsErrorDetails.FromJson(document?.RootElement, statusCode,
                    ResponseHeaders.RequestId(context.ResponseData), innerException));
            }
        }

        private static JsonDocument? Load(JsonUnmarshallerContext context) =>
            context.IsEmptyResponse ? null : JsonDocument.Parse(context.Stream);
    }
}
