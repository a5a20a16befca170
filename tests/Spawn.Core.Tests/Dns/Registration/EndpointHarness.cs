using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2.Model;
using Spawn.Aws;
using Spawn.Dns;
using Spawn.Dns.Registration;
using Spawn.Lambda;
using Spawn.Tests.Identity;
using Spawn.Tests.Infrastructure;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>
    /// The endpoint against moto: a fresh hosted zone, the test CA pinned for us-east-1 through SPAWN_TRUSTED_CERT_DIR,
    /// the pipeline built by <see cref="EndpointFactory"/> from an environment like the Lambda's, and EC2 instances
    /// launched in moto whose ids the test CA signs documents for.
    /// </summary>
    internal sealed class EndpointHarness : IDisposable
    {
        private readonly MotoServer _moto;
        private readonly string _certDir;
        private readonly AwsContext _aws;

        public EndpointHarness(MotoServer moto, IDictionary<string, string>? overrides = null)
        {
            _moto = moto;
            _aws = TestContext.For(moto);
            Authority = new TestAuthority();
            _certDir = Path.Combine(Path.GetTempPath(), "spawn-certs-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_certDir);
            File.WriteAllText(Path.Combine(_certDir, "us-east-1.pem"), Authority.PublicCertificate.ExportCertificatePem());

            Domain = $"spawn-{Guid.NewGuid():N}".Substring(0, 20) + ".example.com";
            var zone = AwsCli.Json(moto, "route53", "create-hosted-zone", "--name", Domain, "--caller-reference", Guid.NewGuid().ToString())
                .GetProperty("HostedZone");
            ZoneId = zone.GetProperty("Id").GetString()!.Replace("/hostedzone/", "");

            Environment = new Dictionary<string, string>
            {
                ["SPAWN_HOSTED_ZONE_ID"] = ZoneId,
                ["SPAWN_DOMAIN"] = Domain,
                ["SPAWN_TRUSTED_CERT_DIR"] = _certDir,
                ["AWS_ACCESS_KEY_ID"] = MotoServer.AccessKey,
                ["AWS_SECRET_ACCESS_KEY"] = MotoServer.SecretKey,
                ["AWS_REGION"] = MotoServer.Region,
                ["AWS_ENDPOINT_URL"] = moto.Endpoint,
                ["AWS_EC2_METADATA_DISABLED"] = "true",
            };
            foreach (var pair in overrides ?? new Dictionary<string, string>())
            {
                Environment[pair.Key] = pair.Value;
            }
            Pipeline = EndpointFactory.Create(name => Environment.TryGetValue(name, out var value) ? value : null, LogLines.Enqueue);
        }

        public TestAuthority Authority { get; }
        public string Domain { get; }
        public string ZoneId { get; }
        public Dictionary<string, string> Environment { get; }
        public ConcurrentQueue<string> LogLines { get; } = new ConcurrentQueue<string>();
        public RegistrationPipeline Pipeline { get; }

        public string Fqdn(string name) => $"{name}.{AccountNamespace.Label(MotoServer.AccountId)}.{Domain}";

        /// <summary>An instance in moto, tagged as Spawn's unless told otherwise; moto gives it a public IPv4.</summary>
        public async Task<(string Id, string PublicIp)> LaunchAsync(bool managed = true)
        {
            var tags = new List<Tag> { new Tag("Name", "dns-test") };
            if (managed)
            {
                tags.Add(new Tag("spawn:managed", "true"));
            }
            var response = await _aws.Ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = "ami-12c6146b",
                InstanceType = "t3.micro",
                MinCount = 1,
                MaxCount = 1,
                TagSpecifications = new List<TagSpecification> { new TagSpecification { ResourceType = "instance", Tags = tags } },
            }, CancellationToken.None);
            var id = response.Reservation.Instances[0].InstanceId;
            var described = await _aws.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = new List<string> { id } }, CancellationToken.None);
            return (id, described.Reservations[0].Instances[0].PublicIpAddress);
        }

        public Task StopAsync(string id) => _aws.Ec2.StopInstancesAsync(new StopInstancesRequest { InstanceIds = new List<string> { id } }, CancellationToken.None);

        public Task TerminateAsync(string id) =>
            _aws.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = new List<string> { id } }, CancellationToken.None);

        /// <summary>IMDS /rsa2048 text for the instance, signed by the trusted test CA.</summary>
        public string Identity(string instanceId, string pendingTime = "2026-02-16T00:38:27Z", string accountId = MotoServer.AccountId,
            string region = MotoServer.Region) =>
            Authority.Sign(TestAuthority.Document(accountId: accountId, instanceId: instanceId, region: region, pendingTime: pendingTime));

        public static string Body(string identity, string name, string action = "UPSERT", string? extraMembers = null) =>
            "{\"identity\":" + JsonSerializer.Serialize(identity) + ",\"record_name\":" + JsonSerializer.Serialize(name)
            + ",\"action\":\"" + action + "\"" + (extraMembers == null ? "" : "," + extraMembers) + "}";

        public Task<EndpointResponse> PostAsync(string body, string? sourceIp, string contentType = "application/json") =>
            Pipeline.HandleAsync(new EndpointRequest("POST", contentType, Encoding.UTF8.GetBytes(body),
                sourceIp == null ? null : IPAddress.Parse(sourceIp), Guid.NewGuid().ToString("N")), CancellationToken.None);

        /// <summary>The record as the AWS CLI reads it from moto, or null.</summary>
        public JsonElement? Record(string fqdn, string type = "A")
        {
            var sets = AwsCli.Json(_moto, "route53", "list-resource-record-sets", "--hosted-zone-id", ZoneId)
                .GetProperty("ResourceRecordSets").EnumerateArray()
                .Where(r => r.GetProperty("Name").GetString() == fqdn + "." && r.GetProperty("Type").GetString() == type).ToList();
            return sets.Count == 0 ? (JsonElement?)null : sets.Single();
        }

        public static string Error(EndpointResponse response) =>
            JsonDocument.Parse(response.Body).RootElement.GetProperty("error").GetString()!;

        public JsonElement LastLog() => JsonDocument.Parse(LogLines.Last()).RootElement;

        public void Dispose()
        {
            Authority.Dispose();
            _aws.Dispose();
            Directory.Delete(_certDir, recursive: true);
        }
    }
}
