using System.Text.Json;
using Spawn.Aws.Sdk;

namespace Spawn.CloudWatchLogs
{
    public sealed class CreateLogGroupRequest : JsonRequest
    {
        public string LogGroupName { get; set; } = "";

        internal override string Operation => "CreateLogGroup";

        internal override void WriteBody(Utf8JsonWriter writer) => writer.WriteString("logGroupName", LogGroupName);
    }
}
