using System;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Diagnostics;
using Spawn.Dns.Validation;
using Spawn.Dns.Wire;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Dns
{
    /// <summary>
    /// Test-SpawnDnssec's engine against a real BIND 9 serving zones signed by dnssec-signzone (see BindServer), with
    /// the KSK of "test." as trust anchor. Every verdict is also asked of delv on the same server and anchor, and the
    /// two must agree.
    /// </summary>
    [Collection(BindCollection.Name)]
    public sealed class DnssecValidatorTests
    {
        private readonly BindServer _bind;

        public DnssecValidatorTests(BindServer bind) => _bind = bind;

        [Theory]
        [InlineData("www.secure.test", "A", SpawnDnssecVerdict.Secure, "is signed by secure.test.")]
        [InlineData("mail.secure.test", "TXT", SpawnDnssecVerdict.Secure, "is signed by secure.test.")]
        [InlineData("nope.secure.test", "A", SpawnDnssecVerdict.Secure, "does not exist (NSEC")]
        [InlineData("www.secure.test", "AAAA", SpawnDnssecVerdict.Secure, "has no AAAA record (NSEC at www.secure.test.")]
        [InlineData("www.nsec3.test", "A", SpawnDnssecVerdict.Secure, "is signed by nsec3.test.")]
        [InlineData("nope.nsec3.test", "A", SpawnDnssecVerdict.Secure, "does not exist (NSEC3")]
        [InlineData("www.insecure.test", "A", SpawnDnssecVerdict.Insecure, "insecure.test. is delegated without a DS record (NSEC at insecure.test.")]
        [InlineData("www.unsigned.nsec3.test", "A", SpawnDnssecVerdict.Insecure, "unsigned.nsec3.test. is delegated without a DS record (NSEC3")]
        [InlineData("www.tampered.test", "A", SpawnDnssecVerdict.Bogus, "RRSIG(A) of www.tampered.test. by key")]
        [InlineData("www.expired.test", "A", SpawnDnssecVerdict.Bogus, "expired at 2020-02-01T00:00:00Z")]
        public async Task VerdictMatchesTheZoneAndDelv(string name, string type, SpawnDnssecVerdict expected, string reason)
        {
            var result = await Validate(name, type);

            Assert.True(expected == result.Verdict, $"{result.Verdict}: {result.Reason}\n{string.Join("\n", result.Chain)}");
            Assert.Contains(reason, result.Reason);
            var (delv, output) = _bind.Delv(name, type);
            Assert.True(delv == result.Verdict.ToString(), $"delv says {delv}, Spawn {result.Verdict}:\n{output}");
        }

        [Fact]
        public async Task SecureAnswerCarriesTheRecordsAndTheWholeChain()
        {
            var result = await Validate("www.secure.test", "A");

            Assert.Equal("www.secure.test. 300 IN A 192.0.2.1", Assert.Single(result.Answer));
            Assert.StartsWith("test. DNSKEY:", result.Chain[0]);
            Assert.StartsWith("secure.test. DS:", result.Chain[1]);
            Assert.StartsWith("secure.test. DNSKEY:", result.Chain[2]);
        }

        [Fact]
        public async Task TamperedRecordIsBogusBecauseTheSignatureNoLongerVerifies()
        {
            var result = await Validate("www.tampered.test", "A");

            Assert.Contains("does not verify", result.Reason);
            Assert.Empty(result.Answer);
        }

        [Fact]
        public async Task AWrongTrustAnchorIsBogusAtTheTop()
        {
            var wrong = TrustAnchor.Parse("test. IN DS 12345 13 2 " + new string('A', 64));
            var validator = new DnssecValidator(new DnsTransport(_bind.EndPoint, TimeSpan.FromSeconds(2)), wrong, NullOperationLog.Instance);

            var result = await validator.ValidateAsync(DnsName.Parse("www.secure.test"), RecordType.A, CancellationToken.None);

            Assert.Equal(SpawnDnssecVerdict.Bogus, result.Verdict);
            Assert.Contains("No DNSKEY of test.", result.Reason);
            Assert.Contains("matches its trust anchor", result.Reason);
        }

        [Fact]
        public async Task ExpiredSignaturesValidateAtATimeInsideTheirWindow()
        {
            // The same data is Secure when the clock is inside the 2020 validity window: only the time made it Bogus.
            var validator = new DnssecValidator(new DnsTransport(_bind.EndPoint, TimeSpan.FromSeconds(2)), TrustAnchor.Parse(_bind.AnchorKey),
                NullOperationLog.Instance, () => new DateTime(2020, 1, 15, 0, 0, 0, DateTimeKind.Utc));

            var result = await validator.ValidateAsync(DnsName.Parse("www.expired.test"), RecordType.A, CancellationToken.None);

            // "test." itself was signed now, so its signatures are not yet valid in 2020.
            Assert.Equal(SpawnDnssecVerdict.Bogus, result.Verdict);
            Assert.Contains("is not valid before", result.Reason);
        }

        [Fact]
        public async Task NameOutsideEveryAnchorIsRefused()
        {
            var error = await Assert.ThrowsAsync<SpawnValidationException>(() => Validate("www.example.org", "A"));
            Assert.Equal(DnssecValidator.NoTrustAnchor, error.ErrorId);
        }

        private Task<SpawnDnssecResult> Validate(string name, string type)
        {
            Assert.True(RecordType.TryParse(type, out var code));
            var validator = new DnssecValidator(new DnsTransport(_bind.EndPoint, TimeSpan.FromSeconds(2)), TrustAnchor.Parse(_bind.AnchorKey),
                NullOperationLog.Instance);
            return validator.ValidateAsync(DnsName.Parse(name), code, CancellationToken.None);
        }
    }
}
