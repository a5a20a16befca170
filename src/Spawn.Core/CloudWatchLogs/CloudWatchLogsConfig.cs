using Spawn.Aws.Sdk;

namespace Spawn.CloudWatchLogs
{
    /// <summary>CloudWatch Logs (AWS JSON 1.1, API 2014-03-28): regional endpoints, SigV4 service name "logs".</summary>
    public sealed class CloudWatchLogsConfig : RegionalServiceConfig
    {
        public CloudWatchLogsConfig()
            : base("CloudWatch Logs", "logs", "2014-03-28")
        {
        }
    }
}
