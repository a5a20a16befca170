using System.Text;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Spawn.Route53
{
    /// <summary>Builds the SDK request for any <see cref="Route53Request"/>.</summary>
    internal sealed class Route53RequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public static readonly Route53RequestMarshaller Instance = new Route53RequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var source = (Route53Request)input;
            var request = new DefaultRequest(source, "Route53")
            {
                HttpMethod = source.Method,
                ResourcePath = "/" + Route53Wire.ApiVersion + "/" + source.PathTemplate,
            };
            if (source.PathId != null)
            {
                // The SDK escapes path resources when it composes the URL, so ids cannot inject path segments.
                request.AddPathResource("{Id}", Route53Wire.BareId(source.PathId));
            }
            source.AddQuery(request.Parameters);
            request.UseQueryString = request.Parameters.Count > 0;
            var body = source.Body();
            if (body != null)
            {
                request.Content = Encoding.UTF8.GetBytes(body.ToString(SaveOptions.DisableFormatting));
                request.Headers["Content-Type"] = "application/xml";
            }
            return request;
        }
    }
}
