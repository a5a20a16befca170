using Amazon.Runtime;

namespace Spawn.CloudWatchLogs
{
    /// <summary>The answer of CreateLogGroup, CreateLogStream and PutLogEvents: Spawn reads only the request id.</summary>
    public sealed class CloudWatchLogsResponse : AmazonWebServiceResponse
    {
    }
}
