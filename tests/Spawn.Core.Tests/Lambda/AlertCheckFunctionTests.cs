using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;
using Spawn.Tests.Alerts;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Lambda
{
    /// <summary>
    /// The scheduled alert check's Lambda handler against moto: it fires once to SNS and then stays quiet, reports what
    /// was not delivered without failing, keeps webhook URLs out of its output and logs, honours the event's name filter,
    /// refuses bad settings before any AWS call, and fails (after logging the error id) when the check cannot run.
    /// Every test narrows SPAWN_ALERT_NAMES to its own alerts: the table in moto is shared.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class AlertCheckFunctionTests
    {
        private readonly MotoServer _moto;

        public AlertCheckFunctionTests(MotoServer moto)
        {
            _moto = moto;
        }

        private static Dictionary<string, string> Scope(string group) => new Dictionary<string, string> { ["spawn:test"] = group };

        private async Task CreateAsync(AlertChange change)
        {
            using var context = TestContext.For(_moto);
            await new AlertService(context, new RecordingLog()).CreateAsync(change, CancellationToken.None);
        }

        [Fact]
        public async Task FiresOnceToSns_TheNextRunIsStillFiringAndSendsNothing()
        {
            var group = AlertFixture.Unique("lambda");
            var instance = AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-3), DateTime.UtcNow.AddHours(-1));
            var (topic, queue) = AlertFixture.TopicWithQueue(_moto);
            var name = AlertFixture.Unique("lambda-ttl");
            await CreateAsync(new AlertChange { Name = name, PastTtl = true, SnsTopicArn = topic, Tags = Scope(group) });
            var harness = new AlertCheckHarness(_moto.Endpoint, name);

            var (_, first) = await harness.InvokeAsync();
            Assert.Equal((1, 0, 0), (AlertCheckHarness.Count(first, "Fired"), AlertCheckHarness.Count(first, "StillFiring"),
                AlertCheckHarness.Count(first, "NotDelivered")));
            Assert.True(first.GetProperty("allDelivered").GetBoolean());
            Assert.Equal("PriceTable", first.GetProperty("priceSource").GetString());
            var fired = Assert.Single(AlertCheckHarness.Results(first));
            Assert.Equal((name, instance, "PastTtl", "Fired"), (fired.GetProperty("alert").GetString(), fired.GetProperty("instanceId").GetString(),
                fired.GetProperty("condition").GetString(), fired.GetProperty("state").GetString()));
            Assert.Equal(new[] { "Sns " + topic }, AlertCheckHarness.Strings(fired, "deliveredTo"));
            var message = Assert.Single(AlertFixture.Received(_moto, queue));
            Assert.Contains(instance, message);
            Assert.Contains(harness.LogLines, l => l.Contains("1 Fired", StringComparison.Ordinal));

            var (_, second) = await harness.InvokeAsync();
            Assert.Equal((0, 1), (AlertCheckHarness.Count(second, "Fired"), AlertCheckHarness.Count(second, "StillFiring")));
            Assert.Equal("StillFiring", Assert.Single(AlertCheckHarness.Results(second)).GetProperty("state").GetString());
            Assert.Empty(AlertFixture.Received(_moto, queue));
        }

        [Fact]
        public async Task UndeliveredIsAResultNotAFailure_AndWebhookUrlsNeverShow()
        {
            var group = AlertFixture.Unique("lambdahook");
            var instance = AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-30));
            var (topic, queue) = AlertFixture.TopicWithQueue(_moto);
            var key = AlertFixture.KmsKey(_moto);
            var prefix = AlertFixture.Unique("lambda-hook");
            var token = "token-" + Guid.NewGuid().ToString("N");
            // The sender refuses loopback addresses (no test allowance here), so the webhook fails as it would for a private host.
            var url = $"https://localhost:9/hook/{token}?secret={token}";
            await CreateAsync(new AlertChange
            {
                Name = prefix + "-both", OlderThanHours = 1, SnsTopicArn = topic, WebhookUrl = url, KmsKeyId = key, Tags = Scope(group),
            });
            await CreateAsync(new AlertChange { Name = prefix + "-hookonly", OlderThanHours = 1, WebhookUrl = url, KmsKeyId = key, Tags = Scope(group) });
            var harness = new AlertCheckHarness(_moto.Endpoint, prefix + "-*");

            var (text, summary) = await harness.InvokeAsync();
            Assert.Equal((1, 1), (AlertCheckHarness.Count(summary, "Fired"), AlertCheckHarness.Count(summary, "NotDelivered")));
            Assert.False(summary.GetProperty("allDelivered").GetBoolean());
            var results = AlertCheckHarness.Results(summary).ToDictionary(r => r.GetProperty("alert").GetString()!);
            var both = results[prefix + "-both"];
            Assert.Equal(("Fired", instance), (both.GetProperty("state").GetString(), both.GetProperty("instanceId").GetString()));
            Assert.Equal(new[] { "Sns " + topic }, AlertCheckHarness.Strings(both, "deliveredTo"));
            Assert.Equal(new[] { "Webhook https://localhost:9/***: AlertWebhookAddressRefused" }, AlertCheckHarness.Strings(both, "failedTo"));
            var hookOnly = results[prefix + "-hookonly"];
            Assert.Equal("NotDelivered", hookOnly.GetProperty("state").GetString());
            Assert.Empty(AlertCheckHarness.Strings(hookOnly, "deliveredTo"));
            Assert.Single(AlertFixture.Received(_moto, queue));

            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            Assert.NotEmpty(harness.LogLines);
            Assert.DoesNotContain(harness.LogLines, l => l.Contains(token, StringComparison.Ordinal) || l.Contains("/hook", StringComparison.Ordinal));
            Assert.Contains(harness.LogLines, l => l.StartsWith("WARNING: ", StringComparison.Ordinal) && l.Contains("AlertWebhookAddressRefused", StringComparison.Ordinal));
        }

        [Fact]
        public async Task EventDetailNamesNarrowTheCheck_CaseInsensitively()
        {
            var group = AlertFixture.Unique("lambdanames");
            AlertFixture.Instance(_moto, group, DateTime.UtcNow.AddHours(-30));
            var (topic, queue) = AlertFixture.TopicWithQueue(_moto);
            var prefix = AlertFixture.Unique("lambda-names");
            foreach (var suffix in new[] { "-alpha", "-beta" })
            {
                await CreateAsync(new AlertChange { Name = prefix + suffix, OlderThanHours = 1, SnsTopicArn = topic, Tags = Scope(group) });
            }
            var harness = new AlertCheckHarness(_moto.Endpoint, prefix + "-*");

            var (_, summary) = await harness.InvokeAsync("{\"detail-type\":\"Scheduled Event\",\"detail\":{\"names\":\"" + prefix.ToUpperInvariant() + "-A?PHA\"}}");
            Assert.Equal(prefix.ToUpperInvariant() + "-A?PHA", summary.GetProperty("names").GetString());
            Assert.Equal(prefix + "-alpha", Assert.Single(AlertCheckHarness.Results(summary)).GetProperty("alert").GetString());
            Assert.Single(AlertFixture.Received(_moto, queue));
            using var context = TestContext.For(_moto);
            Assert.Empty((await new AlertStore(context, new RecordingLog()).GetAsync(prefix + "-beta", CancellationToken.None))!.Fired);

            // The environment's pattern still covers both; without the override the other one fires now.
            var (_, rest) = await harness.InvokeAsync();
            Assert.Equal((1, 1), (AlertCheckHarness.Count(rest, "Fired"), AlertCheckHarness.Count(rest, "StillFiring")));
        }

        [Theory]
        [InlineData("SPAWN_ALERT_PRICE_SOURCE", "Cheapest", null)]
        [InlineData("SPAWN_ALERT_PRICE_SOURCE", "1", null)]
        [InlineData("SPAWN_ALERT_TIME_BUDGET_SECONDS", "0", null)]
        [InlineData("SPAWN_ALERT_TIME_BUDGET_SECONDS", "900", null)]
        [InlineData("SPAWN_ALERT_TIME_BUDGET_SECONDS", "4 minutes", null)]
        [InlineData("detail.priceSource", null, "{\"detail\":{\"priceSource\":\"Free\"}}")]
        [InlineData("detail.names", null, "{\"detail\":{\"names\":42}}")]
        [InlineData("detail.names", null, "{\"detail\":{\"names\":\" \"}}")]
        [InlineData("The event", null, "not json")]
        public async Task BadSettingsFailBeforeAnyAwsCall_NamingTheSetting(string setting, string? value, string? eventJson)
        {
            using var aws = new FakeAwsEndpoint();
            var harness = new AlertCheckHarness(aws.Endpoint, "*");
            if (value != null)
            {
                harness.Environment[setting] = value;
            }

            var e = await Assert.ThrowsAsync<SpawnValidationException>(() => harness.InvokeAsync(eventJson ?? AlertCheckHarness.ScheduledEvent));
            Assert.Equal("AlertCheckConfigInvalid", e.ErrorId);
            Assert.StartsWith(setting + " ", e.Message);
            Assert.Equal("ERROR AlertCheckConfigInvalid: " + e.Message, Assert.Single(harness.LogLines));
            Assert.Empty(aws.Requests);
        }

        [Fact]
        public void SettingsDefaultToEveryAlert_AutoPrices_And240Seconds()
        {
            var settings = AlertCheckEnvironment.Read(_ => null);
            Assert.Equal(("*", SpawnPriceSource.Auto, TimeSpan.FromSeconds(240)), (settings.Names, settings.PriceSource, settings.TimeBudget));
            var overridden = AlertCheckEnvironment.Read(n => n == "SPAWN_ALERT_PRICE_SOURCE" ? "pricetable" : n == "SPAWN_ALERT_TIME_BUDGET_SECONDS" ? "30" : null,
                eventPriceSource: "PricingApi");
            Assert.Equal((SpawnPriceSource.PricingApi, TimeSpan.FromSeconds(30)), (overridden.PriceSource, overridden.TimeBudget));
        }

        [Fact]
        public async Task ACheckThatCannotRunFailsTheInvocation_AfterLoggingItsErrorId()
        {
            var harness = new AlertCheckHarness("http://127.0.0.1:" + MotoServer.FreePort(), "*");

            var e = await Assert.ThrowsAsync<SpawnException>(() => harness.InvokeAsync());
            Assert.Equal("AwsConnectionFailed", e.ErrorId);
            Assert.Contains(harness.LogLines, l => l.StartsWith("ERROR AwsConnectionFailed: ", StringComparison.Ordinal));
        }

        [Fact]
        public async Task TheTimeBudgetStopsACheckThatHangs()
        {
            // Accepts connections (the kernel's backlog) and never answers, like an endpoint that hangs.
            var silent = new TcpListener(IPAddress.Loopback, 0);
            silent.Start();
            try
            {
                var harness = new AlertCheckHarness($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}", "*");
                harness.Environment["SPAWN_ALERT_TIME_BUDGET_SECONDS"] = "1";

                var e = await Assert.ThrowsAsync<SpawnException>(() => harness.InvokeAsync());
                Assert.Equal("AlertCheckTimeBudgetExceeded", e.ErrorId);
                Assert.Contains("SPAWN_ALERT_TIME_BUDGET_SECONDS (1 s)", e.Message);
                Assert.Contains(harness.LogLines, l => l.StartsWith("ERROR AlertCheckTimeBudgetExceeded: ", StringComparison.Ordinal));
            }
            finally
            {
                silent.Stop();
            }
        }
    }
}
