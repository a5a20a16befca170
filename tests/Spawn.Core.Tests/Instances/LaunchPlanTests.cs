using System;
using System.Collections.Generic;
using Spawn.Instances;
using Xunit;

namespace Spawn.Tests.Instances
{
    public sealed class LaunchPlanTests
    {
        private static readonly DateTime Now = new DateTime(2025, 1, 31, 12, 0, 30, DateTimeKind.Utc);

        [Theory]
        [InlineData("2h", 120)]
        [InlineData("90m", 90)]
        [InlineData("1d", 1440)]
        [InlineData("1d12h", 2160)]
        [InlineData(" 2H ", 120)]
        public void Ttl_parses_minutes_hours_and_days(string text, int minutes) =>
            Assert.Equal(TimeSpan.FromMinutes(minutes), Ttl.Parse(text));

        [Theory]
        [InlineData("2 hours", Ttl.InvalidTtl)]
        [InlineData("", Ttl.InvalidTtl)]
        [InlineData("-1h", Ttl.InvalidTtl)]
        [InlineData("1.5h", Ttl.InvalidTtl)]
        [InlineData("9m", Ttl.TtlOutOfRange)]
        [InlineData("91d", Ttl.TtlOutOfRange)]
        public void Ttl_refuses_bad_syntax_and_bounds(string text, string errorId) =>
            Assert.Equal(errorId, Assert.Throws<SpawnValidationException>(() => Ttl.Parse(text)).ErrorId);

        [Fact]
        public void Ttl_is_absolute_utc_to_the_second_and_defaults_to_eight_hours()
        {
            Assert.Equal(new DateTime(2025, 1, 31, 14, 0, 30, DateTimeKind.Utc), Ttl.Resolve("2h", null, Now));
            Assert.Equal(Now.AddHours(8), Ttl.Resolve(null, null, Now));
            Assert.Equal("2025-01-31T14:00:30Z", SpawnTags.FormatTime(Ttl.Resolve("2h", null, Now)));
            Assert.Equal(Now, SpawnTags.ParseTime("2025-01-31T12:00:30Z"));
            Assert.Null(SpawnTags.ParseTime("2h"));
        }

        [Theory]
        [InlineData("web-01", true)]
        [InlineData("a", true)]
        [InlineData("Web", false)]
        [InlineData("-web", false)]
        [InlineData("web-", false)]
        [InlineData("web.example", false)]
        [InlineData("xn--bcher-kva", false)]
        [InlineData("", false)]
        public void Names_are_one_dns_label(string name, bool valid)
        {
            Assert.Equal(valid, InstanceName.IsValid(name));
            Assert.False(InstanceName.IsValid(new string('a', 64)));
            Assert.True(InstanceName.IsValid(new string('a', 63)));
        }

        [Theory]
        [InlineData("203.0.113.7/32", "203.0.113.7/32", false)]
        [InlineData("0.0.0.0/0", "0.0.0.0/0", true)]
        [InlineData("2001:db8::/32", "2001:db8::/32", false)]
        [InlineData("::/0", "::/0", true)]
        public void Cidr_parses_and_knows_the_whole_internet(string text, string normalised, bool everywhere)
        {
            var cidr = Cidr.Parse(text);
            Assert.Equal(normalised, cidr.Text);
            Assert.Equal(everywhere, cidr.IsEverywhere);
        }

        [Theory]
        [InlineData("10.0.0.1/8")]
        [InlineData("10.0.0.0/33")]
        [InlineData("10.0.0.0")]
        [InlineData("example.com/32")]
        [InlineData("2001:db8::1/129")]
        public void Cidr_refuses_bad_blocks(string text) =>
            Assert.Equal(Cidr.InvalidCidr, Assert.Throws<SpawnValidationException>(() => Cidr.Parse(text)).ErrorId);

        [Fact]
        public void Defaults_are_secure()
        {
            var plan = LaunchPlan.From(new LaunchRequest { Name = "web" }, "us-east-1", Now);
            Assert.True(plan.ImdsV2Required);
            Assert.Equal(1, plan.MetadataHopLimit);
            Assert.True(plan.CreatesKeyPairs);
            Assert.True(plan.CreatesSecurityGroup);
            Assert.Empty(plan.AllowSshFrom);
            Assert.Empty(plan.Warnings);
            Assert.Equal(32, plan.ClientToken.Length);
            Assert.Contains("SSH from nowhere", plan.Describe());
        }

        [Fact]
        public void Risky_choices_are_warned()
        {
            var plan = LaunchPlan.From(new LaunchRequest { AllowSshFrom = new[] { "0.0.0.0/0", "::/0" }, AllowImdsV1 = true }, "us-east-1", Now);
            Assert.Equal(3, plan.Warnings.Count);
            Assert.False(plan.ImdsV2Required);
        }

        [Fact]
        public void Count_names_each_instance()
        {
            var plan = LaunchPlan.From(new LaunchRequest { Name = "job", Count = 3 }, "us-east-1", Now);
            Assert.Equal(new[] { "job-1", "job-2", "job-3" }, plan.Names);
        }

        [Fact]
        public void User_data_is_multipart_with_bootstrap_first()
        {
            var document = UserDataDocument.Build("#cloud-config\npackages: [jq]\n");
            Assert.StartsWith("Content-Type: multipart/mixed; boundary=", document);
            Assert.True(document.IndexOf("spawn-bootstrap.sh", StringComparison.Ordinal) < document.IndexOf("text/cloud-config", StringComparison.Ordinal));
            Assert.Throws<SpawnValidationException>(() => UserDataDocument.Build(new string('x', 17000)));
        }

        [Fact]
        public void Tags_may_not_claim_spawn_names()
        {
            var request = new LaunchRequest { Tags = new Dictionary<string, string> { ["Name"] = "x" } };
            Assert.Equal("ReservedTag", Assert.Throws<SpawnValidationException>(() => LaunchPlan.From(request, "us-east-1", Now)).ErrorId);
        }
    }
}
