using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Spawn.Aws.Sdk
{
    /// <summary>
    /// Base of Spawn's own clients (Route 53, IAM, CloudWatch Logs, SNS). Calls go through the SDK's runtime pipeline, so credential
    /// refresh, SigV4 signing, the standard retry mode (throttling and 5xx, backoff with jitter), clock-skew
    /// correction, timeouts and error handling are the SDK's, as for the generated clients.
    /// </summary>
    public abstract class SpawnServiceClient : AmazonServiceClient
    {
        private readonly IServiceMetadata _metadata;

        protected SpawnServiceClient(AWSCredentials credentials, SpawnServiceConfig config)
            : base(credentials, config)
        {
            _metadata = new Metadata(config.ServiceId);
        }

        protected override IServiceMetadata ServiceMetadata => _metadata;

        // The same handler arrangement the generated v4 clients use: the auth scheme is chosen, then the endpoint
        // (which carries the signing region) is resolved, both right after marshalling.
        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
        {
            pipeline.RemoveHandler<EndpointResolver>();
            pipeline.AddHandlerAfter<Marshaller>(new ServiceEndpointResolver());
            pipeline.AddHandlerBefore<ServiceEndpointResolver>(new SigV4AuthSchemeHandler());
        }

        internal Task<TResponse> SendAsync<TResponse>(AmazonWebServiceRequest request,
            IMarshaller<IRequest, AmazonWebServiceRequest> marshaller, ResponseUnmarshaller unmarshaller,
            CancellationToken cancellationToken)
            where TResponse : AmazonWebServiceResponse, new()
        {
            var options = new InvokeOptions { RequestMarshaller = marshaller, ResponseUnmarshaller = unmarshaller };
            return InvokeAsync<TResponse>(request, options, cancellationToken);
        }

        private sealed class Metadata : IServiceMetadata
        {
            public Metadata(string serviceId)
            {
                ServiceId = serviceId;
            }

            public string ServiceId { get; }
            public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>();
        }
    }
}
