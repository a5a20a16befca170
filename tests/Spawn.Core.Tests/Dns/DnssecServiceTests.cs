using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Dns.Dnssec;
using Spawn.Dns.Records;
using Spawn.Dns.Wire;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Dns
{
    /// <summary>
    /// Enable-SpawnDnssec's engine. KMS and STS are moto's (ECC_NIST_P256 CreateKey, aliases, PutKeyPolicy and
    /// GetPublicKey are served and read back with the AWS CLI). Route 53 goes to a local fake for every call here,
    /// because moto 5.2.1 serves neither CreateKeySigningKey nor EnableHostedZoneDNSSEC and its GetDNSSEC always says
    /// NOT_SIGNING; the fake checks each exact request. The caller's region is eu-west-1, so the key must still land
    /// in us-east-1.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class DnssecServiceTests
    {
        private readonly MotoServer _moto;

        public DnssecServiceTests(MotoServer moto) => _moto = moto;

        [Fact]
        public async Task EnableCreatesTheKeyInUsEast1ThenTheKskThenSigningAndComputesTheDs()
        {
            using var fake = new FakeAwsEndpoint();
            var zoneId = "Z" + Guid.NewGuid().ToString("N").Substring(0, 12).ToUpperInvariant();
            fake.Answer(200, $"<GetHostedZoneResponse><HostedZone><Id>/hostedzone/{zoneId}</Id><Name>signed.example.</Name></HostedZone></GetHostedZoneResponse>");
            fake.Answer(200, "<GetDNSSECResponse><Status><ServeSignature>NOT_SIGNING</ServeSignature></Status><KeySigningKeys/></GetDNSSECResponse>");
            fake.Answer(201, "<CreateKeySigningKeyResponse><ChangeInfo><Id>/change/C1</Id><Status>PENDING</Status></ChangeInfo>"
                + "<KeySigningKey><Name>spawnksk</Name></KeySigningKey></CreateKeySigningKeyResponse>");
            fake.Answer(200, "<EnableHostedZoneDNSSECResponse><ChangeInfo><Id>/change/C2</Id><Status>PENDING</Status></ChangeInfo></EnableHostedZoneDNSSECResponse>");
            string? kmsArn = null;
            fake.OnRequest = r =>
            {
                if (r.Path.EndsWith("/keysigningkey", StringComparison.Ordinal))
                {
                    kmsArn = System.Xml.Linq.XElement.Parse(r.Body).Elements().Single(e => e.Name.LocalName == "KeyManagementServiceArn").Value;
                    // Route 53 leaves out the DS record here, so the engine must compute it from the KMS public key.
                    fake.Answer(200, "<GetDNSSECResponse><Status><ServeSignature>SIGNING</ServeSignature></Status><KeySigningKeys><member>"
                        + $"<Name>spawnksk</Name><KmsArn>{kmsArn}</KmsArn><Status>ACTIVE</Status></member></KeySigningKeys></GetDNSSECResponse>");
                }
            };
            using var context = TestContext.Split(_moto, AwsService.Route53, fake.Endpoint, "eu-west-1");

            var status = await new DnssecService(context, NullOperationLog.Instance).EnableAsync(ZoneSelector.ById(zoneId), "spawnksk", CancellationToken.None);

            Assert.Equal("SIGNING", status.ServeSignature);
            Assert.StartsWith("arn:aws:kms:us-east-1:123456789012:key/", kmsArn);
            var key = AwsCli.Json(_moto, "kms", "describe-key", "--region", "us-east-1", "--key-id", "alias/spawn-dnssec-" + zoneId).GetProperty("KeyMetadata");
            Assert.Equal(kmsArn, key.GetProperty("Arn").GetString());
            Assert.Equal("ECC_NIST_P256", key.GetProperty("KeySpec").GetString());
            Assert.Equal("SIGN_VERIFY", key.GetProperty("KeyUsage").GetString());

            var policy = JsonDocument.Parse(AwsCli.Json(_moto, "kms", "get-key-policy", "--region", "us-east-1", "--key-id", key.GetProperty("KeyId").GetString()!,
                "--policy-name", "default").GetProperty("Policy").GetString()!).RootElement;
            var signs = policy.GetProperty("Statement").EnumerateArray().Single(s => s.GetProperty("Sid").GetString() == "Route53DnssecSigns");
            Assert.Equal("dnssec-route53.amazonaws.com", signs.GetProperty("Principal").GetProperty("Service").GetString());
            Assert.Equal(new[] { "kms:DescribeKey", "kms:GetPublicKey", "kms:Sign" }, signs.GetProperty("Action").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("123456789012", signs.GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:SourceAccount").GetString());
            Assert.Equal($"arn:aws:route53:::hostedzone/{zoneId}", signs.GetProperty("Condition").GetProperty("ArnLike").GetProperty("aws:SourceArn").GetString());
            var grants = policy.GetProperty("Statement").EnumerateArray().Single(s => s.GetProperty("Sid").GetString() == "Route53DnssecGrants");
            Assert.Equal("true", grants.GetProperty("Condition").GetProperty("Bool").GetProperty("kms:GrantIsForAWSResource").GetString());

            // The DS is SHA-256 over the zone name and DNSKEY 257 3 13 X||Y of the KMS public key, as read by the CLI.
            var spki = Convert.FromBase64String(AwsCli.Json(_moto, "kms", "get-public-key", "--region", "us-east-1", "--key-id", kmsArn!).GetProperty("PublicKey").GetString()!);
            using var ecdsa = System.Security.Cryptography.ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(spki, out _);
            var point = ecdsa.ExportParameters(false).Q;
            var expected = DsData.For(DnsName.Parse("signed.example."), new DnskeyData(257, 3, 13, point.X!.Concat(point.Y!).ToArray()), DsData.Sha256);
            Assert.Equal(expected.ToString(), status.DsRecord);

            var paths = fake.Requests.Select(r => r.Method + " " + r.Path).ToList();
            Assert.Equal(new[]
            {
                $"GET /2013-04-01/hostedzone/{zoneId}",
                $"GET /2013-04-01/hostedzone/{zoneId}/dnssec",
                "POST /2013-04-01/keysigningkey",
                $"POST /2013-04-01/hostedzone/{zoneId}/enable-dnssec",
                $"GET /2013-04-01/hostedzone/{zoneId}/dnssec",
            }, paths);
            Assert.Contains($"<HostedZoneId>{zoneId}</HostedZoneId>", fake.Requests[2].Body);
            Assert.Contains("<Name>spawnksk</Name><Status>ACTIVE</Status>", fake.Requests[2].Body);
            Assert.All(fake.Requests, r => SigV4Check.AssertSigned(r, "us-east-1", "route53"));
        }

        [Fact]
        public async Task EnableAgainReusesTheKeyAndSkipsWhatIsDone()
        {
            using var fake = new FakeAwsEndpoint();
            var zoneId = "Z" + Guid.NewGuid().ToString("N").Substring(0, 12).ToUpperInvariant();
            var keyId = AwsCli.Json(_moto, "kms", "create-key", "--region", "us-east-1", "--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY")
                .GetProperty("KeyMetadata");
            AwsCli.Run(_moto, "kms", "create-alias", "--region", "us-east-1", "--alias-name", "alias/spawn-dnssec-" + zoneId, "--target-key-id", keyId.GetProperty("KeyId").GetString()!);
            var arn = keyId.GetProperty("Arn").GetString();
            var signing = "<GetDNSSECResponse><Status><ServeSignature>SIGNING</ServeSignature></Status><KeySigningKeys><member>"
                + $"<Name>old</Name><KmsArn>{arn}</KmsArn><Status>ACTIVE</Status><KeyTag>4242</KeyTag><DSRecord>4242 13 2 ABCD</DSRecord></member></KeySigningKeys></GetDNSSECResponse>";
            fake.Answer(200, $"<GetHostedZoneResponse><HostedZone><Id>/hostedzone/{zoneId}</Id><Name>again.example.</Name></HostedZone></GetHostedZoneResponse>");
            fake.Answer(200, signing);
            fake.Answer(200, signing);
            using var context = TestContext.Split(_moto, AwsService.Route53, fake.Endpoint, "eu-west-1");

            var status = await new DnssecService(context, NullOperationLog.Instance).EnableAsync(ZoneSelector.ById(zoneId), "spawnksk", CancellationToken.None);

            Assert.Equal("4242 13 2 ABCD", status.DsRecord);
            Assert.Equal(3, fake.Requests.Count);
            Assert.DoesNotContain(fake.Requests, r => r.Method == "POST");
        }

        [Fact]
        public async Task BadKeyNameIsRefusedBeforeAnyCall()
        {
            using var fake = new FakeAwsEndpoint();
            using var context = TestContext.Split(_moto, AwsService.Route53, fake.Endpoint, "eu-west-1");

            var error = await Assert.ThrowsAsync<SpawnValidationException>(() =>
                new DnssecService(context, NullOperationLog.Instance).EnableAsync(ZoneSelector.ById("Z1"), "no-dashes", CancellationToken.None));

            Assert.Equal(DnssecService.InvalidKeyName, error.ErrorId);
            Assert.Empty(fake.Requests);
        }
    }
}
