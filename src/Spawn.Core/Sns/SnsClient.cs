using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.Sns
{
    /// <summary>
    /// The SNS operation Spawn uses (Publish, for alert e-mail). NuGet here has no AWSSDK.SimpleNotificationService,
    /// so this client runs on AWSSDK.Core's pipeline like Spawn's IAM client.
    /// </summary>
    public sealed class SnsClient : SpawnServiceClient
    {
        private static readonly QueryRequestMarshaller Marshaller = new QueryRequestMarshaller("SNS", SnsConfig.ApiVersion);

        public SnsClient(AWSCredentials credentials, SnsConfig config)
            : base(credentials, config)
        {
        }

        public Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
            SendAsync<PublishResponse>(request, Marshaller,
                new XmlBodyUnmarshaller<PublishResponse>(root => PublishResponse.Read(root.Child("PublishResult") ?? root),
                    AwsServiceException.Create),
                cancellationToken);
    }
}
