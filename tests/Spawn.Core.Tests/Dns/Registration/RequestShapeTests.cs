using System;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Spawn.Dns.Registration;
using Spawn.Tests.Identity;
using Xunit;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>
    /// Envelope, strict body and signature rules, through the whole pipeline with EC2 and Route 53 answered in process.
    /// Every refusal here must happen before any EC2 or Route 53 call.
    /// </summary>
    public sealed class RequestShapeTests : IDisposable
    {
        private readonly OfflineEndpoint _endpoint = new OfflineEndpoint();

        public void Dispose() => _endpoint.Dispose();

        private async Task AssertRejected(string body, RejectionReason reason, string method = "POST", string contentType = "application/json")
        {
            var response = await _endpoint.PostAsync(body, method, contentType);
            Assert.Equal(Rejections.For(reason).Status, response.Status);
            Assert.Equal(reason.ToString(), EndpointHarness.Error(response));
            Assert.Equal(0, _endpoint.Instances.Calls);
            Assert.Equal(0, _endpoint.Dns.Calls);
        }

        [Fact]
        public async Task AValidRequestPassesAndRegistersThePublicAddress()
        {
            var response = await _endpoint.PostAsync(EndpointHarness.Body(_endpoint.Identity(), "web"));
            Assert.Equal(200, response.Status);
            Assert.Contains("\"ipAddress\":\"198.51.100.7\"", response.Body);
            Assert.Contains("\"fqdn\":\"web.1kpqzg2c.example.com\"", response.Body);
        }

        [Theory]
        [InlineData("GET")]
        [InlineData("PUT")]
        [InlineData("post")]
        public Task OnlyPostIsAccepted(string method) =>
            AssertRejected(EndpointHarness.Body(_endpoint.Identity(), "web"), RejectionReason.MethodNotAllowed, method);

        [Theory]
        [InlineData("text/plain")]
        [InlineData("application/x-www-form-urlencoded")]
        [InlineData("application/jsonx")]
        public Task OnlyJsonIsAccepted(string contentType) =>
            AssertRejected(EndpointHarness.Body(_endpoint.Identity(), "web"), RejectionReason.UnsupportedMediaType, contentType: contentType);

        [Fact]
        public Task OversizedBodyIsRefusedWith413() =>
            AssertRejected(EndpointHarness.Body(_endpoint.Identity(), "web", extraMembers: "\"ip_address\":\"" + new string('1', 8192) + "\""),
                RejectionReason.BodyTooLarge);

        [Theory]
        [InlineData("")]
        [InlineData("{")]
        [InlineData("[]")]
        [InlineData("\"identity\"")]
        [InlineData("{\"identity\":\"x\",}")]
        [InlineData("{} {}")]
        public Task MalformedJsonIsRefused(string body) => AssertRejected(body, RejectionReason.MalformedJson);

        [Fact]
        public Task DuplicateMemberIsRefused() =>
            AssertRejected("{\"identity\":\"a\",\"record_name\":\"web\",\"action\":\"UPSERT\",\"record_name\":\"evil\"}", RejectionReason.DuplicateMember);

        [Fact]
        public Task DuplicateMemberSpelledWithAnEscapeIsRefused() =>
            AssertRejected("{\"identity\":\"a\",\"record_name\":\"web\",\"action\":\"UPSERT\",\"record\\u005fname\":\"evil\"}", RejectionReason.DuplicateMember);

        [Fact]
        public Task UnknownMemberIsRefused() =>
            AssertRejected(EndpointHarness.Body(_endpoint.Identity(), "web", extraMembers: "\"job_array_id\":\"x\""), RejectionReason.UnknownMember);

        [Fact]
        public Task MissingActionIsRefused() =>
            AssertRejected("{\"identity\":\"a\",\"record_name\":\"web\"}", RejectionReason.MissingMember);

        [Theory]
        [InlineData("\"record_name\":1")]
        [InlineData("\"record_name\":null")]
        [InlineData("\"record_name\":[\"web\"]")]
        public Task WrongMemberTypeIsRefused(string member) =>
            AssertRejected("{\"identity\":\"a\",\"action\":\"UPSERT\"," + member + "}", RejectionReason.InvalidMemberType);

        [Theory]
        [InlineData("upsert")]
        [InlineData("CREATE")]
        [InlineData(" UPSERT")]
        public Task ActionMustBeExactlyUpsertOrDelete(string action) =>
            AssertRejected(EndpointHarness.Body(_endpoint.Identity(), "web", action), RejectionReason.InvalidAction);

        [Theory]
        [InlineData("")]
        [InlineData("Web")]
        [InlineData("web.evil")]
        [InlineData("*")]
        [InlineData("-web")]
        [InlineData("web-")]
        [InlineData("xn--web")]
        [InlineData("ab--cd")]
        [InlineData("we_b")]
        [InlineData("web ")]
        [InlineData("\\052")]
        [InlineData("wéb")]
        [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
        public Task EachInvalidLabelShapeIsRefused(string name) =>
            AssertRejected(EndpointHarness.Body(_endpoint.Identity(), name), RejectionReason.InvalidRecordName);

        [Theory]
        [InlineData("\"record_type\":\"CNAME\"", RejectionReason.InvalidRecordType)]
        [InlineData("\"record_type\":\"a\"", RejectionReason.InvalidRecordType)]
        [InlineData("\"ttl\":29", RejectionReason.InvalidTtl)]
        [InlineData("\"ttl\":3601", RejectionReason.InvalidTtl)]
        [InlineData("\"ttl\":60.5", RejectionReason.InvalidTtl)]
        [InlineData("\"ttl\":\"60\"", RejectionReason.InvalidMemberType)]
        [InlineData("\"ip_address\":\"198.51.100.007\"", RejectionReason.InvalidIpAddress)]
        [InlineData("\"ip_address\":\"1\"", RejectionReason.InvalidIpAddress)]
        [InlineData("\"ip_address\":\"2001:db8::1\"", RejectionReason.InvalidIpAddress)]
        public Task OptionalMembersAreCheckedStrictly(string member, RejectionReason reason) =>
            AssertRejected(EndpointHarness.Body(_endpoint.Identity(), "web", extraMembers: member), reason);

        [Theory]
        [InlineData("not base64!")]
        [InlineData("QUJD-_")]
        [InlineData("")]
        public Task MalformedBase64IsRefused(string identity) =>
            AssertRejected(EndpointHarness.Body(identity, "web"), RejectionReason.IdentityMalformed);

        [Fact]
        public Task Base64OfSomethingElseIsRefused() =>
            AssertRejected(EndpointHarness.Body(Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"accountId\":\"123456789012\"}")), "web"),
                RejectionReason.IdentityMalformed);

        [Fact]
        public Task LegacyPairIsRefusedUnlessEnabled() =>
            AssertRejected("{\"instance_identity_document\":\"e30=\",\"instance_identity_signature\":\"AAAA\",\"record_name\":\"web\",\"action\":\"UPSERT\"}",
                RejectionReason.LegacySignatureDisabled);

        [Fact]
        public Task IdentityAndLegacyPairTogetherAreRefused() =>
            AssertRejected(EndpointHarness.Body(_endpoint.Identity(), "web", extraMembers: "\"instance_identity_signature\":\"AAAA\""),
                RejectionReason.ConflictingIdentity);

        [Fact]
        public async Task ForgedSignatureIsRefusedBeforeAnyAwsCall()
        {
            using var attacker = new TestAuthority();
            await AssertRejected(EndpointHarness.Body(attacker.Sign(TestAuthority.Document(instanceId: OfflineEndpoint.InstanceId)), "web"),
                RejectionReason.IdentityNotVerified);
        }

        [Fact]
        public async Task AttackerCertificateEmbeddedInTheMessageIsNeverTrusted()
        {
            // The attacker copies the trusted certificate's issuer and serial and ships its own certificate in the message.
            using var attacker = new TestAuthority(_endpoint.Authority.SerialNumber);
            await AssertRejected(EndpointHarness.Body(attacker.Sign(TestAuthority.Document(instanceId: OfflineEndpoint.InstanceId),
                include: X509IncludeOption.EndCertOnly), "web"), RejectionReason.IdentityNotVerified);
        }

        [Fact]
        public async Task DocumentAlteredAfterSigningIsRefused()
        {
            var der = _endpoint.Authority.SignDer(TestAuthority.Document(instanceId: OfflineEndpoint.InstanceId));
            var at = IndexOf(der, Encoding.ASCII.GetBytes("t3.micro"));
            der[at + 7] = (byte)'x';
            await AssertRejected(EndpointHarness.Body(TestAuthority.Imds(der), "web"), RejectionReason.IdentityNotVerified);
        }

        [Fact]
        public async Task DocumentOfARegionWithoutAPinnedCertificateIsRefused()
        {
            // Only us-east-1 (the test CA) is pinned here: no fallback to any other region's certificate.
            await AssertRejected(EndpointHarness.Body(_endpoint.Authority.Sign(TestAuthority.Document(instanceId: OfflineEndpoint.InstanceId, region: "eu-west-1")), "web"),
                RejectionReason.IdentityUnknownRegion);
        }

        [Fact]
        public async Task RefusalsCarryFixedMessagesAndNoCorsHeader()
        {
            var response = await _endpoint.PostAsync("{\"identity\":\"<script>\",\"record_name\":\"web\",\"action\":\"UPSERT\"}");
            Assert.Equal(Rejections.For(RejectionReason.IdentityMalformed).Message,
                System.Text.Json.JsonDocument.Parse(response.Body).RootElement.GetProperty("message").GetString());
            Assert.DoesNotContain("script", response.Body);
            Assert.DoesNotContain(response.Headers.Keys, k => k.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void EveryReasonHasOneFixedAnswer()
        {
            var all = Rejections.All.ToList();
            Assert.Equal(Enum.GetValues(typeof(RejectionReason)).Length, all.Count);
            Assert.All(all, r => Assert.InRange(r.Status, 400, 599));
            Assert.Equal(all.Count, all.Select(r => r.Code).Distinct().Count());
        }

        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            for (var i = 0; i <= haystack.Length - needle.Length; i++)
            {
                if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
                {
                    return i;
                }
            }
            throw new InvalidOperationException("not found");
        }
    }
}
