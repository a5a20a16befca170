using System;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Dns.Registration;
using Spawn.Identity;
using Spawn.Tests.Identity;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>
    /// The pipeline with EC2 and Route 53 answered in process and the test CA pinned for us-east-1: for request-shape
    /// tests, for proving that nothing reaches AWS before the signature verifies, and for the benchmark.
    /// </summary>
    public sealed class OfflineEndpoint : IDisposable
    {
        public const string InstanceId = "i-0123456789abcdef0";
        public const string AccountId = "123456789012";
        public const string PublicIp = "198.51.100.7";

        internal OfflineEndpoint(RegistrationOptions? options = null)
        {
            Authority = new TestAuthority();
            Instances.Add(InstanceId, AccountId, PublicIp);
            Options = options ?? new RegistrationOptions("Z0TEST", "example.com") { InstanceRateLimit = 1000000, AccountRateLimit = 1000000 };
            Pipeline = new RegistrationPipeline(Options,
                new IdentityVerifier(new IdentityVerifierOptions { Rsa2048Certificates = Authority.PinnedFor("us-east-1") }),
                Instances, new InMemoryRegistrationStore(), Dns, LogLines.Enqueue);
        }

        internal TestAuthority Authority { get; }
        public RegistrationOptions Options { get; }
        public FakeInstances Instances { get; } = new FakeInstances();
        public FakeDnsRecords Dns { get; } = new FakeDnsRecords();
        public ConcurrentQueue<string> LogLines { get; } = new ConcurrentQueue<string>();
        public RegistrationPipeline Pipeline { get; }

        public string Identity() => Authority.Sign(TestAuthority.Document(instanceId: InstanceId));

        public Task<EndpointResponse> PostAsync(string body, string method = "POST", string contentType = "application/json") =>
            PostAsync(Encoding.UTF8.GetBytes(body), method, contentType);

        public Task<EndpointResponse> PostAsync(byte[] body, string method = "POST", string contentType = "application/json") =>
            Pipeline.HandleAsync(new EndpointRequest(method, contentType, body, IPAddress.Parse(PublicIp), Guid.NewGuid().ToString("N")),
                CancellationToken.None);

        public void Dispose() => Authority.Dispose();
    }
}
