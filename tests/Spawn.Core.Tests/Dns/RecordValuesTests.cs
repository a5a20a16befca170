using System.Linq;
using Spawn.Dns.Records;
using Spawn.Dns.Validation;
using Spawn.Dns.Wire;
using Xunit;

namespace Spawn.Tests.Dns
{
    public sealed class RecordValuesTests
    {
        [Theory]
        [InlineData(SpawnDnsRecordType.A, "1", "DnsInvalidIPv4")]
        [InlineData(SpawnDnsRecordType.A, "192.0.2.256", "DnsInvalidIPv4")]
        [InlineData(SpawnDnsRecordType.A, "010.0.0.1", "DnsInvalidIPv4")]
        [InlineData(SpawnDnsRecordType.A, "2001:db8::1", "DnsInvalidIPv4")]
        [InlineData(SpawnDnsRecordType.AAAA, "192.0.2.1", "DnsInvalidIPv6")]
        [InlineData(SpawnDnsRecordType.AAAA, "fe80::1%eth0", "DnsInvalidIPv6")]
        public void BadAddressesAreRefused(SpawnDnsRecordType type, string value, string errorId)
        {
            var error = Assert.Throws<SpawnValidationException>(() => RecordValues.Format(type, new[] { value }));
            Assert.Equal(errorId, error.ErrorId);
        }

        [Fact]
        public void AddressesAreCanonicalAndDuplicatesRefused()
        {
            Assert.Equal(new[] { "2001:db8::1" }, RecordValues.Format(SpawnDnsRecordType.AAAA, new[] { "2001:DB8:0:0::1" }));
            Assert.Equal("DnsRecordValueDuplicate",
                Assert.Throws<SpawnValidationException>(() => RecordValues.Format(SpawnDnsRecordType.A, new[] { "192.0.2.1", "192.0.2.1" })).ErrorId);
            Assert.Equal("DnsRecordValueMissing", Assert.Throws<SpawnValidationException>(() => RecordValues.Format(SpawnDnsRecordType.A, new string[0])).ErrorId);
        }

        [Fact]
        public void TxtIsQuotedEscapedAndSplitAt255Bytes()
        {
            Assert.Equal("\"a \\\"b\\\" \\\\ c\"", RecordValues.QuoteTxt("a \"b\" \\ c"));
            Assert.Equal("\"caf\\195\\169\"", RecordValues.QuoteTxt("café"));
            Assert.Equal("\"\"", RecordValues.QuoteTxt(""));
            var split = RecordValues.QuoteTxt(new string('x', 300));
            Assert.Equal("\"" + new string('x', 255) + "\" \"" + new string('x', 45) + "\"", split);
            Assert.Equal("DnsTxtTooLong", Assert.Throws<SpawnValidationException>(() => RecordValues.QuoteTxt(new string('x', 4000))).ErrorId);
        }

        [Fact]
        public void BuiltInRootAnchorsAreKsk2017AndKsk2024()
        {
            Assert.Equal(new[] { 20326, 38696 }, TrustAnchor.Root.Select(a => (int)a.Ds!.KeyTag));
            Assert.All(TrustAnchor.Root, a => Assert.True(a.Zone.IsRoot));
        }

        [Fact]
        public void RootKsk2017DsMatchesTheKeyBindShips()
        {
            // bind.keys (Debian bind9, installed by .ci/run) carries KSK-2017 as a DNSKEY: the built-in DS must be its digest.
            var text = System.IO.File.ReadAllText("/etc/bind/bind.keys");
            var start = text.IndexOf(". initial-key 257 3 8 \"", System.StringComparison.Ordinal) + ". initial-key 257 3 8 \"".Length;
            var base64 = string.Concat(text.Substring(start, text.IndexOf('"', start) - start).Where(c => !char.IsWhiteSpace(c)));
            var key = new DnskeyData(257, 3, 8, System.Convert.FromBase64String(base64));

            Assert.True(TrustAnchor.Root[0].Matches(DnsName.Root, key));
            Assert.Equal(20326, key.KeyTag);
        }

        [Fact]
        public void TrustAnchorTextIsReadWithCommentsAndParentheses()
        {
            var anchors = TrustAnchor.Parse("; comment\nexample. 3600 IN DNSKEY 257 3 13 (\n AAAA\n BBBB ) ; key\nexample. DS 1 13 2 ABCD");
            Assert.Equal(2, anchors.Count);
            Assert.Equal(new byte[] { 0, 0, 0, 4, 16, 65 }, anchors[0].Key!.PublicKey);
            Assert.Equal("DnssecInvalidTrustAnchor", Assert.Throws<SpawnValidationException>(() => TrustAnchor.Parse("example. IN A 192.0.2.1")).ErrorId);
        }
    }
}
