using System.Collections.Generic;
using Spawn.Aws.Sdk;

namespace Spawn.Sns
{
    /// <summary>SNS Publish to a topic: the subject is used by e-mail subscriptions, the message by all.</summary>
    public sealed class PublishRequest : QueryRequest
    {
        public string TopicArn { get; set; } = "";
        public string Message { get; set; } = "";
        public string? Subject { get; set; }

        internal override string Action => "Publish";

        internal override void AddParameters(IDictionary<string, string> parameters)
        {
            parameters["TopicArn"] = TopicArn;
            parameters["Message"] = Message;
            if (Subject != null)
            {
                parameters["Subject"] = Subject;
            }
        }
    }
}
