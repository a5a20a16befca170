using System;
using System.Linq;
using System.Text.Json;
using Spawn.Tests.Infrastructure;

namespace Spawn.Tests.Alerts
{
    /// <summary>Set-up for alert tests in moto, through the AWS CLI: managed instances, a KMS key, an SNS topic read back through SQS.</summary>
    internal static class AlertFixture
    {
        public static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N").Substring(0, 10);

        public static string KmsKey(MotoServer moto) =>
            AwsCli.Json(moto, "kms", "create-key").GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;

        /// <summary>A running managed instance (t3.micro) with the given spawn:created and spawn:ttl, tagged spawn:test=<paramref name="group"/>.</summary>
        public static string Instance(MotoServer moto, string group, DateTime created, DateTime? ttl = null, string name = "web",
            string? httpTokens = null, string instanceType = "t3.micro")
        {
            var tags = $"{{Key=spawn:managed,Value=true}},{{Key=spawn:test,Value={group}}},{{Key=spawn:name,Value={name}}},{{Key=spawn:created,Value={Iso(created)}}}";
            if (ttl.HasValue)
            {
                tags += $",{{Key=spawn:ttl,Value={Iso(ttl.Value)}}}";
            }
            var args = new System.Collections.Generic.List<string> { "ec2", "run-instances", "--image-id", "ami-12c6146b", "--instance-type", instanceType,
                "--tag-specifications", $"ResourceType=instance,Tags=[{tags}]" };
            if (httpTokens != null)
            {
                args.AddRange(new[] { "--metadata-options", "HttpTokens=" + httpTokens + ",HttpEndpoint=enabled" });
            }
            var result = AwsCli.Json(moto, args.ToArray());
            return result.GetProperty("Instances")[0].GetProperty("InstanceId").GetString()!;
        }

        public static void Tag(MotoServer moto, string instanceId, string key, string value) =>
            AwsCli.Run(moto, "ec2", "create-tags", "--resources", instanceId, "--tags", $"Key={key},Value={value}");

        /// <summary>An SNS topic with an SQS queue subscribed (raw delivery), so published messages can be read back.</summary>
        public static (string TopicArn, string QueueUrl) TopicWithQueue(MotoServer moto)
        {
            var name = Unique("alerts");
            var topic = AwsCli.Json(moto, "sns", "create-topic", "--name", name).GetProperty("TopicArn").GetString()!;
            var queue = AwsCli.Json(moto, "sqs", "create-queue", "--queue-name", name).GetProperty("QueueUrl").GetString()!;
            AwsCli.Run(moto, "sns", "subscribe", "--topic-arn", topic, "--protocol", "sqs",
                "--notification-endpoint", $"arn:aws:sqs:{MotoServer.Region}:{MotoServer.AccountId}:{name}", "--attributes", "RawMessageDelivery=true");
            return (topic, queue);
        }

        public static string[] Received(MotoServer moto, string queueUrl)
        {
            var result = AwsCli.Json(moto, "sqs", "receive-message", "--queue-url", queueUrl, "--max-number-of-messages", "10");
            return result.TryGetProperty("Messages", out var messages)
                ? messages.EnumerateArray().Select(m => m.GetProperty("Body").GetString()!).ToArray()
                : Array.Empty<string>();
        }

        public static string Iso(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ");
    }
}
