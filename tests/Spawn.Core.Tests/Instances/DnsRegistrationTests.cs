using System;
using System.Linq;
using Spawn.Dns;
using Spawn.Dns.Records;
using Spawn.Instances;
using Xunit;

namespace Spawn.Tests.Instances
{
    public sealed class DnsRegistrationTests
    {
        private static readonly DateTime Now = new DateTime(2025, 1, 31, 12, 0, 30, DateTimeKind.Utc);

        private static LaunchPlan Plan(string? name, string? endpoint, string? zoneName = null, string? zoneId = null, int count = 1) =>
            LaunchPlan.From(new LaunchRequest { Name = name, Count = count, DnsEndpoint = endpoint, DnsZoneName = zoneName, DnsHostedZoneId = zoneId },
                "us-east-1", Now);

        [Theory]
        [InlineData("web", "http://dns.example.com/register", null, null, DnsBootstrap.EndpointInsecure)]
        [InlineData("web", "https://user:pw@dns.example.com/register", null, null, DnsBootstrap.EndpointInsecure)]
        [InlineData("web", "ftp://dns.example.com/", null, null, DnsBootstrap.EndpointInsecure)]
        [InlineData("web", "dns.example.com/register", null, null, DnsBootstrap.EndpointInvalid)]
        [InlineData("web", "https://", null, null, DnsBootstrap.EndpointInvalid)]
        [InlineData(null, "https://dns.example.com/register", null, null, DnsRegistration.NameRequired)]
        [InlineData("web", null, "example.com", null, DnsRegistration.ZoneWithoutEndpoint)]
        [InlineData("web", "https://dns.example.com/register", "example.com", "Z123", DnsRegistration.ZoneConflict)]
        [InlineData("web", "https://dns.example.com/register", "Example.com", null, "DnsInvalidZone")]
        public void Bad_dns_options_are_refused_before_any_aws_call(string? name, string? endpoint, string? zoneName, string? zoneId, string errorId) =>
            Assert.Equal(errorId, Assert.Throws<SpawnValidationException>(() => Plan(name, endpoint, zoneName, zoneId)).ErrorId);

        [Fact]
        public void An_overlong_endpoint_is_refused_because_it_could_not_be_tagged() =>
            Assert.Equal(DnsBootstrap.EndpointInvalid, Assert.Throws<SpawnValidationException>(
                () => Plan("web", "https://dns.example.com/" + new string('a', 250))).ErrorId);

        [Fact]
        public void Without_an_endpoint_there_is_no_registration() => Assert.Null(Plan("web", null).Dns);

        [Fact]
        public void Loopback_http_is_allowed_for_the_local_host() =>
            Assert.Equal("http://127.0.0.1:8080/", Plan("web", "http://127.0.0.1:8080/").Dns!.Endpoint.AbsoluteUri);

        [Fact]
        public void Each_instance_registers_its_own_name_between_the_bootstrap_and_the_user_script()
        {
            var plan = Plan("job", "https://dns.example.com/register", count: 2);
            var document = UserDataDocument.Build("#!/bin/sh\necho mine\n", plan.Dns!.Bootstrap(plan.Names[1]));
            Assert.Contains("RECORD_NAME='job-2'", document);
            Assert.Contains("ENDPOINT='https://dns.example.com/register'", document);
            var bootstrap = document.IndexOf("spawn-bootstrap.sh", StringComparison.Ordinal);
            var dns = document.IndexOf("spawn-dns.sh", StringComparison.Ordinal);
            Assert.True(bootstrap < dns && dns < document.IndexOf("echo mine", StringComparison.Ordinal));
            Assert.Contains("DNS name registered through https://dns.example.com/register", plan.Describe());
        }

        [Fact]
        public void Tags_name_the_endpoint_and_with_a_zone_the_full_name()
        {
            var dns = Plan("web", "https://dns.example.com/register", zoneName: "example.com").Dns!;
            Assert.Equal("example.com", dns.Zone!.Name);
            var tags = dns.Tags("web", "123456789012", new ResolvedZone("Z0123", "example.com")).ToDictionary(t => t.Key, t => t.Value);
            Assert.Equal("https://dns.example.com/register", tags[SpawnTags.DnsEndpoint]);
            Assert.Equal("Z0123", tags[SpawnTags.DnsZone]);
            Assert.Equal("web.1kpqzg2c.example.com", tags[SpawnTags.DnsName]);
            Assert.Equal(new[] { SpawnTags.DnsEndpoint }, dns.Tags("web", "123456789012", null).Select(t => t.Key));
        }
    }
}
