using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Alerts
{
    /// <summary>Alert storage against moto: encryption at rest, webhook URLs only as ciphertext bound to the alert, masked output.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class AlertServiceTests
    {
        private const string Token = "XOXB-webhook-token-1f2e3d";
        private readonly MotoServer _moto;

        public AlertServiceTests(MotoServer moto)
        {
            _moto = moto;
        }

        [Fact]
        public async Task TheAlertTableIsCreatedOnFirstUseWithEncryptionAtRest()
        {
            using var context = TestContext.For(_moto);
            var (topic, _) = AlertFixture.TopicWithQueue(_moto);
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = AlertFixture.Unique("sse"), PastTtl = true, SnsTopicArn = topic,
            }, CancellationToken.None);
            var table = AwsCli.Json(_moto, "dynamodb", "describe-table", "--table-name", AlertStore.TableName).GetProperty("Table");
            Assert.Equal("ENABLED", table.GetProperty("SSEDescription").GetProperty("Status").GetString());
            Assert.Equal("KMS", table.GetProperty("SSEDescription").GetProperty("SSEType").GetString());
        }

        [Fact]
        public async Task WebhookUrlsAreStoredOnlyAsKmsCiphertext()
        {
            using var context = TestContext.For(_moto);
            var name = AlertFixture.Unique("cipher");
            var url = $"https://hooks.example.com/services/{Token}";
            var log = new RecordingLog();
            var alert = await new AlertService(context, log).CreateAsync(new AlertChange
            {
                Name = name, CostAbove = 5, WebhookUrl = url, SlackWebhookUrl = url + "/slack", KmsKeyId = AlertFixture.KmsKey(_moto),
            }, CancellationToken.None);

            var raw = AwsCli.Run(_moto, "dynamodb", "get-item", "--table-name", AlertStore.TableName,
                "--key", $"{{\"Name\":{{\"S\":\"{name}\"}}}}");
            Assert.Contains("Ciphertext", raw);
            Assert.DoesNotContain(Token, raw);
            Assert.DoesNotContain("/services/", raw);
            Assert.Contains("https://hooks.example.com/***", raw);
            Assert.All(alert.Targets, t => Assert.Equal("https://hooks.example.com/***", t.Destination));
            Assert.DoesNotContain(log.Messages, m => m.Contains(Token, StringComparison.Ordinal));
        }

        [Fact]
        public async Task CiphertextDecryptsOnlyUnderTheAlertsOwnName()
        {
            using var context = TestContext.For(_moto);
            var name = AlertFixture.Unique("bound");
            var key = AlertFixture.KmsKey(_moto);
            var url = $"https://hooks.example.com/{Token}";
            await new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, PastTtl = true, WebhookUrl = url, KmsKeyId = key,
            }, CancellationToken.None);
            var stored = await new AlertStore(context, new RecordingLog()).GetAsync(name, CancellationToken.None);
            var ciphertext = stored!.Targets.Single().Ciphertext!;
            var cipher = new WebhookCipher(context);

            Assert.Equal(url, await cipher.DecryptAsync(name, key, ciphertext, CancellationToken.None));
            var refused = await Assert.ThrowsAsync<SpawnException>(() => cipher.DecryptAsync("another-alert", key, ciphertext, CancellationToken.None));
            Assert.Equal("SecretContextMismatch", refused.ErrorId);
        }

        [Theory]
        [InlineData("http://hooks.example.com/x", "AlertWebhookNotHttps")]
        [InlineData("https://169.254.169.254/latest/meta-data/", "AlertWebhookAddressRefused")]
        [InlineData("https://10.0.0.5/hook", "AlertWebhookAddressRefused")]
        [InlineData("https://[::1]/hook", "AlertWebhookAddressRefused")]
        public async Task UnsafeWebhookUrlsAreRefusedBeforeAnythingIsStored(string url, string errorId)
        {
            using var context = TestContext.For(_moto);
            var name = AlertFixture.Unique("unsafe");
            var e = await Assert.ThrowsAsync<SpawnException>(() => new AlertService(context, new RecordingLog()).CreateAsync(new AlertChange
            {
                Name = name, PastTtl = true, WebhookUrl = url, KmsKeyId = "alias/none",
            }, CancellationToken.None));
            Assert.Equal(errorId, e.ErrorId);
            Assert.Null(await new AlertStore(context, new RecordingLog()).GetAsync(name, CancellationToken.None));
        }

        [Fact]
        public async Task ChangeRemoveAndTheirErrors()
        {
            using var context = TestContext.For(_moto);
            var service = new AlertService(context, new RecordingLog());
            var name = AlertFixture.Unique("change");
            var (topic, _) = AlertFixture.TopicWithQueue(_moto);
            await service.CreateAsync(new AlertChange { Name = name, PastTtl = true, SnsTopicArn = topic }, CancellationToken.None);

            var again = await Assert.ThrowsAsync<SpawnException>(() =>
                service.CreateAsync(new AlertChange { Name = name, PastTtl = true, SnsTopicArn = topic }, CancellationToken.None));
            Assert.Equal("AlertAlreadyExists", again.ErrorId);

            var changed = await service.ChangeAsync(new AlertChange
            {
                Name = name, OlderThanHours = 48, Tags = new Dictionary<string, string> { ["team"] = "data" }, Remove = new[] { "PastTtl" },
            }, CancellationToken.None);
            Assert.Equal(new[] { "older than 48 h" }, changed.Conditions);
            Assert.Equal("managed instances with tag team=data", changed.Scope);

            var none = await Assert.ThrowsAsync<SpawnValidationException>(() =>
                service.ChangeAsync(new AlertChange { Name = name, Remove = new[] { "OlderThan" } }, CancellationToken.None));
            Assert.Equal("AlertConditionMissing", none.ErrorId);

            await service.RemoveAsync(name, CancellationToken.None);
            var gone = await Assert.ThrowsAsync<SpawnException>(() => service.RemoveAsync(name, CancellationToken.None));
            Assert.Equal("AlertNotFound", gone.ErrorId);
        }

        [Fact]
        public async Task AWebhookNeedsAKmsKey()
        {
            using var context = TestContext.For(_moto);
            var e = await Assert.ThrowsAsync<SpawnValidationException>(() => new AlertService(context, new RecordingLog()).CreateAsync(
                new AlertChange { Name = AlertFixture.Unique("nokey"), PastTtl = true, WebhookUrl = "https://hooks.example.com/x" },
                CancellationToken.None));
            Assert.Equal("AlertKmsKeyMissing", e.ErrorId);
        }
    }
}
