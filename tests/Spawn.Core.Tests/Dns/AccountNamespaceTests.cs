using System.Collections.Generic;
using System.Numerics;
using Spawn.Dns;
using Xunit;

namespace Spawn.Tests.Dns
{
    public class AccountNamespaceTests
    {
        /// <summary>Independent base36: BigInteger, digits collected least-significant first, then reversed.</summary>
        private static string Base36(string accountId)
        {
            var value = BigInteger.Parse(accountId);
            var digits = new List<char>();
            do
            {
                var digit = (int)(value % 36);
                digits.Add((char)(digit < 10 ? '0' + digit : 'a' + digit - 10));
                value /= 36;
            }
            while (!value.IsZero);
            digits.Reverse();
            return new string(digits.ToArray());
        }

        [Theory]
        [InlineData("123456789012", "1kpqzg2c")] // the reference tool's tests
        [InlineData("999999999999", "cre66i9r")] // the reference notes: the longest label, 8 characters
        [InlineData("000000000000", "0")]
        [InlineData("000000000035", "z")]
        [InlineData("000000000036", "10")]
        public void KnownAccounts_GiveTheReferenceLabels(string accountId, string expected)
        {
            Assert.Equal(expected, AccountNamespace.Label(accountId));
        }

        [Theory]
        [InlineData("189292791360")]
        [InlineData("975050371289")]
        [InlineData("121659014334")]
        [InlineData("000000000001")]
        [InlineData("100000000000")]
        public void Labels_MatchAnIndependentBase36(string accountId)
        {
            Assert.Equal(Base36(accountId), AccountNamespace.Label(accountId));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("12345678901")]
        [InlineData("1234567890123")]
        [InlineData("12345678901a")]
        [InlineData(" 123456789012")]
        [InlineData("-12345678901")]
        [InlineData("١٢٣٤٥٦٧٨٩٠١٢")]
        public void InvalidAccountIds_AreRejected(string? accountId)
        {
            Assert.Equal("DnsInvalidAccountId", Assert.Throws<SpawnValidationException>(() => AccountNamespace.Label(accountId!)).ErrorId);
        }

        [Theory]
        [InlineData("spore.host")]
        [InlineData("spore.host.")]
        public void Fqdn_JoinsNameAccountLabelAndZone_WithoutTrailingDot(string zone)
        {
            Assert.Equal("web-1.1kpqzg2c.spore.host", AccountNamespace.Fqdn(RecordName.Parse("web-1"), "123456789012", zone));
        }

        [Fact]
        public void Fqdn_AcceptsPunycodeInTheOperatorsZone()
        {
            Assert.Equal("a.1kpqzg2c.xn--bcher-kva.example", AccountNamespace.Fqdn(RecordName.Parse("a"), "123456789012", "xn--bcher-kva.example"));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData(".")]
        [InlineData("spore..host")]
        [InlineData("spore.host..")]
        [InlineData(".spore.host")]
        [InlineData("Spore.host")]
        [InlineData("-spore.host")]
        [InlineData("spore_x.host")]
        [InlineData("spore.host ")]
        [InlineData("*.host")]
        public void Fqdn_RejectsAnInvalidZone(string? zone)
        {
            var e = Assert.Throws<SpawnValidationException>(() => AccountNamespace.Fqdn(RecordName.Parse("web"), "123456789012", zone!));
            Assert.Equal("DnsInvalidZone", e.ErrorId);
        }

        [Fact]
        public void Fqdn_LongerThan253Characters_IsRejected()
        {
            var label = new string('a', 63);
            var zone = $"{label}.{label}.{label}.com"; // 195 characters; with a 63-character name and the account label: 268

            var e = Assert.Throws<SpawnValidationException>(() => AccountNamespace.Fqdn(RecordName.Parse(label), "123456789012", zone));
            Assert.Equal("DnsNameTooLong", e.ErrorId);
        }
    }
}
