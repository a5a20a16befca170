using System.Collections.Generic;
using Spawn.Dns.Registration;
using Xunit;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>Configuration from environment variables: defaults, and a start-up error naming the variable for each bad value.</summary>
    public sealed class EndpointEnvironmentTests
    {
        private static RegistrationOptions Read(params (string Name, string Value)[] values)
        {
            var env = new Dictionary<string, string> { ["SPAWN_HOSTED_ZONE_ID"] = "Z0123456789ABC", ["SPAWN_DOMAIN"] = "spore.example." };
            foreach (var (name, value) in values)
            {
                env[name] = value;
            }
            return EndpointEnvironment.Read(n => env.TryGetValue(n, out var v) ? v : null);
        }

        [Fact]
        public void DefaultsAreTheSecureOnes()
        {
            var options = Read();
            Assert.Equal("spore.example", options.Domain);
            Assert.Equal(60, options.DefaultTtl);
            Assert.True(options.BindSourceIp);
            Assert.False(options.AllowLegacySignature);
            Assert.Null(options.AccountAllowlist);
            Assert.Null(options.StateTable);
            Assert.Equal((10, 100), (options.InstanceRateLimit, options.AccountRateLimit));
        }

        [Theory]
        [InlineData("SPAWN_HOSTED_ZONE_ID", "/hostedzone/Z0123")]
        [InlineData("SPAWN_DOMAIN", "Spore.Example")]
        [InlineData("SPAWN_RECORD_TTL", "5")]
        [InlineData("SPAWN_BIND_SOURCE_IP", "yes")]
        [InlineData("SPAWN_ACCOUNT_ALLOWLIST", "12345")]
        [InlineData("SPAWN_RATE_LIMIT_INSTANCE", "0")]
        [InlineData("SPAWN_ALLOW_LEGACY_SIGNATURE", "1")]
        [InlineData("SPAWN_ACCOUNT_ROLE_NAME", "spawn-dns-reader")]
        public void BadValueStopsStartUp(string name, string value)
        {
            var e = Assert.ThrowsAny<SpawnValidationException>(() => Read((name, value)));
            Assert.True(e.Message.Contains(name) || e.ErrorId.StartsWith("Dns"), e.Message);
        }

        [Fact]
        public void AllowlistAndRoleAreRead()
        {
            var options = Read(("SPAWN_ACCOUNT_ALLOWLIST", "111111111111,222222222222"), ("SPAWN_ACCOUNT_ROLE_NAME", "spawn-dns-reader"),
                ("SPAWN_ACCOUNT_ROLE_EXTERNAL_ID", "ext-1"), ("SPAWN_BIND_SOURCE_IP", "false"));
            Assert.Equal(new[] { "111111111111", "222222222222" }, options.AccountAllowlist);
            Assert.Equal("spawn-dns-reader", options.AccountRoleName);
            Assert.False(options.BindSourceIp);
        }
    }
}
