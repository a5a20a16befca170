using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.CloudWatchLogs
{
    /// <summary>
    /// The CloudWatch Logs operations the audit log's CloudWatch sink uses. NuGet here has no AWSSDK.CloudWatchLogs,
    /// so this client speaks AWS JSON 1.1 itself and runs on AWSSDK.Core's pipeline like the generated clients.
    /// </summary>
    public sealed class CloudWatchLogsClient : SpawnServiceClient
    {
        private static readonly JsonRequestMarshaller Marshaller = new JsonRequestMarshaller("CloudWatchLogs", "Logs_20140328", "1.1");

        public CloudWatchLogsClient(AWSCredentials credentials, CloudWatchLogsConfig config)
            : base(credentials, config)
        {
        }

        /// <exception cref="ResourceAlreadyExistsException">The group exists.</exception>
        public Task<CloudWatchLogsResponse> CreateLogGroupAsync(CreateLogGroupRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, cancellationToken);

        /// <exception cref="ResourceAlreadyExistsException">The stream exists.</exception>
        public Task<CloudWatchLogsResponse> CreateLogStreamAsync(CreateLogStreamRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, cancellationToken);

        public Task<CloudWatchLogsResponse> PutLogEventsAsync(PutLogEventsRequest request, CancellationToken cancellationToken) =>
            SendAsync(request, cancellationToken);

        // None of the three answers carries anything Spawn reads beyond the request id.
        private Task<CloudWatchLogsResponse> SendAsync(JsonRequest request, CancellationToken cancellationToken) =>
            SendAsync<CloudWatchLogsResponse>(request, Marshaller,
                new JsonBodyUnmarshaller<CloudWatchLogsResponse>(_ => new CloudWatchLogsResponse(), Error), cancellationToken);

        private static AwsServiceException Error(AwsErrorDetails details) =>
            details.Code == ResourceAlreadyExistsException.ErrorCodeValue
                ? new ResourceAlreadyExistsException(details)
                : AwsServiceException.Create(details);
    }
}
