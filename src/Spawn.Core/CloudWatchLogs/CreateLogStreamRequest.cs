using System.Text.Json;
using Spawn.Aws.Sdk;

namespace Spawn.CloudWatchLogs
{
    public sealed class CreateLogStreamRequest : JsonRequest
    {
        public string LogGroupName { get; set; } = "";
        public string LogStreamName { get; set; } = "";

        internal override string Operation => "CreateLogStream";

        internal override void WriteBody(Utf8JsonWriter writer)
        {
            writer.WriteString("logGroupName", LogGroupName);
            writer.WriteString("logStreamName", LogStreamName);
        }
    }
}
