using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using Spawn.Route53;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Route53
{
    /// <summary>
    /// moto 5.2.1 does not serve CreateKeySigningKey or EnableHostedZoneDNSSEC, and never answers with Route 53's
    /// own InvalidChangeBatch body (&lt;InvalidChangeBatch&gt;&lt;Messages&gt;...), so these run against a local fake
    /// endpoint that checks the exact request (method, path, XML body) and its SigV4 signature for us-east-1/route53
    /// although the context's region is eu-west-1.
    /// </summary>
    public sealed class Route53FakeEndpointTests
    {
        private static readonly XNamespace Ns = "https://route53.amazonaws.com/doc/2013-04-01/";

        [Fact]
        public async Task CreateKeySigningKeySendsTheDocumentedRequestSignedForUsEast1()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(201, @"<?xml version=""1.0""?>
<CreateKeySigningKeyResponse xmlns=""https://route53.amazonaws.com/doc/2013-04-01/"">
  <ChangeInfo><Id>/change/C1</Id><Status>PENDING</Status><SubmittedAt>2024-05-01T10:00:00Z</SubmittedAt></ChangeInfo>
  <KeySigningKey><Name>spawnksk</Name><KmsArn>arn:aws:kms:us-east-1:123456789012:key/k1</KmsArn><Flag>257</Flag>
    <KeyTag>12345</KeyTag><DSRecord>12345 13 2 ABCDEF</DSRecord><Status>ACTIVE</Status></KeySigningKey>
</CreateKeySigningKeyResponse>");
            using var context = fake.Context();

            var response = await context.Route53.CreateKeySigningKeyAsync(new CreateKeySigningKeyRequest
            {
                CallerReference = "ref-1",
                HostedZoneId = "/hostedzone/Z0FAKE",
                KeyManagementServiceArn = "arn:aws:kms:us-east-1:123456789012:key/k1",
                Name = "spawnksk",
                Status = "ACTIVE",
            }, CancellationToken.None);

            Assert.Equal("/change/C1", response.ChangeInfo.Id);
            Assert.Equal(ChangeInfo.Pending, response.ChangeInfo.Status);
            Assert.Equal("12345 13 2 ABCDEF", response.KeySigningKey.DsRecord);
            Assert.Equal(257, response.KeySigningKey.Flag);
            Assert.Equal("fake-1", response.ResponseMetadata.RequestId);

            var request = Assert.Single(fake.Requests);
            Assert.Equal("POST", request.Method);
            Assert.Equal("/2013-04-01/keysigningkey", request.Path);
            Assert.Equal("", request.Query);
            Assert.Equal("<CreateKeySigningKeyRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">"
                + "<CallerReference>ref-1</CallerReference><HostedZoneId>Z0FAKE</HostedZoneId>"
                + "<KeyManagementServiceArn>arn:aws:kms:us-east-1:123456789012:key/k1</KeyManagementServiceArn>"
                + "<Name>spawnksk</Name><Status>ACTIVE</Status></CreateKeySigningKeyRequest>", request.Body);
            Assert.StartsWith("application/xml", request.Headers["Content-Type"]);
            SigV4Check.AssertSigned(request, "us-east-1", "route53");
        }

        [Fact]
        public async Task EnableHostedZoneDnssecPostsToTheZoneWithoutBody()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(200, @"<EnableHostedZoneDNSSECResponse xmlns=""https://route53.amazonaws.com/doc/2013-04-01/"">
  <ChangeInfo><Id>/change/C2</Id><Status>INSYNC</Status><SubmittedAt>2024-05-01T10:00:00Z</SubmittedAt></ChangeInfo>
</EnableHostedZoneDNSSECResponse>");
            using var context = fake.Context();

            var response = await context.Route53.EnableHostedZoneDnssecAsync(
                new EnableHostedZoneDnssecRequest { HostedZoneId = "Z0FAKE" }, CancellationToken.None);

            Assert.Equal(ChangeInfo.InSync, response.ChangeInfo.Status);
            var request = Assert.Single(fake.Requests);
            Assert.Equal("POST", request.Method);
            Assert.Equal("/2013-04-01/hostedzone/Z0FAKE/enable-dnssec", request.Path);
            Assert.Equal("", request.Body);
            SigV4Check.AssertSigned(request, "us-east-1", "route53");
        }

        [Fact]
        public async Task GetDnssecReadsSigningStatusAndKeys()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(200, @"<GetDNSSECResponse xmlns=""https://route53.amazonaws.com/doc/2013-04-01/"">
  <Status><ServeSignature>SIGNING</ServeSignature></Status>
  <KeySigningKeys><member><Name>spawnksk</Name><Status>ACTIVE</Status><DSRecord>1 13 2 AA</DSRecord></member></KeySigningKeys>
</GetDNSSECResponse>");
            using var context = fake.Context();

            var response = await context.Route53.GetDnssecAsync(new GetDnssecRequest { HostedZoneId = "/hostedzone/Z0FAKE" },
                CancellationToken.None);

            Assert.Equal("SIGNING", response.Status.ServeSignature);
            Assert.Equal("1 13 2 AA", Assert.Single(response.KeySigningKeys).DsRecord);
            var request = Assert.Single(fake.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/2013-04-01/hostedzone/Z0FAKE/dnssec", request.Path);
            SigV4Check.AssertSigned(request, "us-east-1", "route53");
        }

        [Fact]
        public async Task InvalidChangeBatchCarriesEveryMessage()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(400, @"<?xml version=""1.0""?>
<InvalidChangeBatch xmlns=""https://route53.amazonaws.com/doc/2013-04-01/"">
  <Messages>
    <Message>Tried to delete resource record set [name='a.example.com.', type='A'] but it was not found</Message>
    <Message>Tried to delete resource record set [name='b.example.com.', type='A'] but it was not found</Message>
  </Messages>
  <RequestId>b25f48e8-84fd-11e6-80d9-574e0c4664cb</RequestId>
</InvalidChangeBatch>");
            using var context = fake.Context();

            var error = await Assert.ThrowsAsync<InvalidChangeBatchException>(() => context.Route53.ChangeResourceRecordSetsAsync(
                new ChangeResourceRecordSetsRequest
                {
                    HostedZoneId = "Z0FAKE",
                    Changes = { new Change(ChangeAction.Delete, new ResourceRecordSet { Name = "a.example.com", Type = "A", Ttl = 60, Values = { "192.0.2.1" } }) },
                }, CancellationToken.None));

            Assert.Equal("InvalidChangeBatch", error.ErrorCode);
            Assert.Equal(2, error.Messages.Count);
            Assert.Contains("b.example.com.", error.Messages[1]);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
            // Non-retryable: exactly one attempt.
            var request = Assert.Single(fake.Requests);
            var change = XElement.Parse(request.Body).Descendants(Ns + "Change").Single();
            Assert.Equal("DELETE", change.Element(Ns + "Action")!.Value);
            Assert.Equal("60", change.Descendants(Ns + "TTL").Single().Value);
        }
    }
}
