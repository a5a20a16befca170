using System.Text;
using Spawn.Identity;
using Xunit;

namespace Spawn.Tests.Identity
{
    /// <summary>Strict parsing of the signed document bytes (the only source of identity).</summary>
    public class IdentityDocumentTests
    {
        private static IdentityRejectionReason Rejection(string json) =>
            Assert.Throws<IdentityRejectedException>(() => IdentityDocument.Parse(Encoding.UTF8.GetBytes(json))).Reason;

        private static string Valid(string? extra = null) => Encoding.UTF8.GetString(TestAuthority.Document(extraMembers: extra));

        [Fact]
        public void ImdsShapedDocument_Parses()
        {
            var document = IdentityDocument.Parse(TestAuthority.Document());

            Assert.Equal("123456789012", document.AccountId);
            Assert.Equal("us-east-1a", document.AvailabilityZone);
            Assert.Equal("t3.micro", document.InstanceType);
            Assert.Equal("x86_64", document.Architecture);
        }

        [Fact]
        public void ShortInstanceIdAndUnknownMembersAndIpv6_AreAccepted()
        {
            var json = Valid("  \"someFutureField\" : { \"nested\" : [1, 2] },\n")
                .Replace("i-0123456789abcdef0", "i-f79fe56c")
                .Replace("\"10.0.1.242\"", "\"2001:db8::1\"");

            var document = IdentityDocument.Parse(Encoding.UTF8.GetBytes(json));

            Assert.Equal("i-f79fe56c", document.InstanceId);
            Assert.Equal("2001:db8::1", document.PrivateIp!.ToString());
        }

        [Theory]
        [InlineData("  \"accountId\" : \"999999999999\",\n")]
        [InlineData("  \"AccountId\" : \"999999999999\",\n")]
        [InlineData("  \"account\\u0049d\" : \"999999999999\",\n")]
        [InlineData("  \"x\" : { \"a\" : 1, \"a\" : 2 },\n")]
        public void DuplicateMembers_AreRejected(string extra)
        {
            Assert.Equal(IdentityRejectionReason.DuplicateMember, Rejection(Valid(extra)));
        }

        [Theory]
        [InlineData("\"accountId\" : \"123456789012\"", "\"accountId\" : \"12345678901\"")]
        [InlineData("\"accountId\" : \"123456789012\"", "\"accountId\" : \"1234567890123\"")]
        [InlineData("\"accountId\" : \"123456789012\"", "\"accountId\" : \"١٢٣٤٥٦٧٨٩٠١٢\"")]
        [InlineData("\"accountId\" : \"123456789012\"", "\"accountId\" : 123456789012")]
        [InlineData("\"accountId\" : \"123456789012\"", "\"accountId\" : null")]
        [InlineData("\"instanceId\" : \"i-0123456789abcdef0\"", "\"instanceId\" : \"i-0123456789ABCDEF0\"")]
        [InlineData("\"instanceId\" : \"i-0123456789abcdef0\"", "\"instanceId\" : \"i-0123456789\"")]
        [InlineData("\"instanceId\" : \"i-0123456789abcdef0\"", "\"instanceId\" : \"x-0123456789abcdef0\"")]
        [InlineData("\"region\" : \"us-east-1\"", "\"region\" : \"US-EAST-1\"")]
        [InlineData("\"availabilityZone\" : \"us-east-1a\"", "\"availabilityZone\" : \"eu-west-1a\"")]
        [InlineData("\"imageId\" : \"ami-0123456789abcdef0\"", "\"imageId\" : \"ami-xyz\"")]
        [InlineData("\"pendingTime\" : \"2026-02-16T00:38:27Z\"", "\"pendingTime\" : \"16/02/2026\"")]
        [InlineData("\"pendingTime\" : \"2026-02-16T00:38:27Z\"", "\"pendingTime\" : \"2026-02-16T00:38:27+02:00\"")]
        [InlineData("\"privateIp\" : \"10.0.1.242\"", "\"privateIp\" : \"10.0.1\"")]
        [InlineData("\"privateIp\" : \"10.0.1.242\"", "\"privateIp\" : \"0x0a.0.1.242\"")]
        [InlineData("\"version\" : \"2017-09-30\"", "\"version\" : \"latest\"")]
        public void IllFormedFields_AreDocumentInvalid(string from, string to)
        {
            Assert.Equal(IdentityRejectionReason.DocumentInvalid, Rejection(Valid().Replace(from, to)));
        }

        [Fact]
        public void MissingRequiredMember_IsDocumentInvalid()
        {
            Assert.Equal(IdentityRejectionReason.DocumentInvalid, Rejection(Valid().Replace("\"instanceId\"", "\"instanceIdentifier\"")));
        }

        [Theory]
        [InlineData("[]")]
        [InlineData("\"text\"")]
        [InlineData("{\"accountId\" : \"123456789012\"")]
        [InlineData("{} {}")]
        [InlineData("{\"a\" : 1,}")]
        [InlineData("{/* comment */}")]
        public void NotASingleJsonObject_IsDocumentMalformed(string json)
        {
            Assert.Equal(IdentityRejectionReason.DocumentMalformed, Rejection(json));
        }

        [Fact]
        public void InvalidUtf8_IsDocumentMalformed()
        {
            var bytes = Encoding.UTF8.GetBytes("{\"a\xff\" : 1}");
            bytes[3] = 0xFF;

            Assert.Equal(IdentityRejectionReason.DocumentMalformed,
                Assert.Throws<IdentityRejectedException>(() => IdentityDocument.Parse(bytes)).Reason);
        }

        [Fact]
        public void OversizedDocument_IsDocumentTooLarge()
        {
            Assert.Equal(IdentityRejectionReason.DocumentTooLarge,
                Rejection(Valid($"  \"padding\" : \"{new string('x', IdentityDocument.MaxBytes)}\",\n")));
        }
    }
}
