using System;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// Turns an XML response body into a Spawn response (through <paramref name="read"/>) and an XML error body into
    /// a typed <see cref="AwsServiceException"/> (through the service's error mapping). One class serves every
    /// Route 53 and IAM operation; the per-operation knowledge lives in the response types' readers.
    /// </summary>
    internal sealed class XmlBodyUnmarshaller<TResponse> : XmlResponseUnmarshaller
        where TResponse : AmazonWebServiceResponse
    {
        private readonly Func<XElement, TResponse> _read;
        private readonly Func<AwsErrorDetails, AwsServiceException> _error;

        public XmlBodyUnmarshaller(Func<XElement, TResponse> read, Func<AwsErrorDetails, AwsServiceException> error)
        {
            _read = read;
            _error = error;
        }

        public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext context)
        {
            var root = Load(context) ?? new XElement("Empty");
            var response = _read(root);
            response.ResponseMetadata = new ResponseMetadata
            {
                RequestId = ResponseHeaders.RequestId(context.ResponseData) ?? root.Descendant("RequestId")?.Value,
            };
            return response;
        }

        public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext context, Exception innerException,
            HttpStatusCode statusCode)
        {
            XElement? root;
            try
            {
                root = Load(context);
            }
            catch (XmlException)
            {
                // A proxy or load balancer can answer with HTML; the status code is then all there is to go on.
                root = null;
            }
            var details = AwsErrorDetails.From(root, statusCode, ResponseHeaders.RequestId(context.ResponseData), innerException);
            return _error(details);
        }

        private static XElement? Load(XmlUnmarshallerContext context)
        {
            if (context.IsEmptyResponse)
            {
                return null;
            }
            return XDocument.Load(context.Stream).Root;
        }
    }
}
