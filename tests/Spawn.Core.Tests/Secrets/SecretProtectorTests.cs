using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Secrets;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Secrets
{
    /// <summary>
    /// KMS-protected secrets against moto. moto binds the encryption context into the ciphertext (AES-GCM additional
    /// data), so a wrong purpose or name fails as on AWS, with InvalidCiphertextException.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class SecretProtectorTests
    {
        private const string Webhook = "https://hooks.example.com/services/T0001/B0002/XyZsecretTokenValue123";
        private readonly MotoServer _moto;

        public SecretProtectorTests(MotoServer moto)
        {
            _moto = moto;
        }

        private string CreateKey() =>
            AwsCli.Json(_moto, "kms", "create-key", "--description", "spawn secrets test").GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;

        [Fact]
        public async Task ProtectedSecret_ShowsOnlySchemeAndHost_AndUnprotectsForTheSamePurposeAndName()
        {
            using var context = TestContext.For(_moto);
            var key = CreateKey();

            var protectedSecret = await SecretProtector.ProtectAsync(context, key, "webhook", "alerts", Webhook, CancellationToken.None);
            var secret = protectedSecret.Value;

            Assert.Equal("https://hooks.example.com/***", secret.Display);
            Assert.Contains(key, secret.KeyId);
            Assert.Equal("webhook", secret.Purpose);
            Assert.Equal("alerts", secret.Name);
            Assert.DoesNotContain("XyZsecret", secret.ToString());
            Assert.DoesNotContain(Webhook, Encoding.UTF8.GetString(Convert.FromBase64String(secret.Ciphertext)));
            var plain = await SecretProtector.UnprotectAsync(context, secret.Ciphertext, "webhook", "alerts", null, CancellationToken.None);
            Assert.Equal(Webhook, plain.Value);
        }

        [Fact]
        public async Task Ciphertext_CarriesTheEncryptionContext_CheckedWithTheCli()
        {
            using var context = TestContext.For(_moto);
            var secret = (await SecretProtector.ProtectAsync(context, CreateKey(), "webhook", "alerts", Webhook, CancellationToken.None)).Value;
            var blob = Path.Combine(Path.GetTempPath(), "spawn-kms-" + Guid.NewGuid().ToString("N"));
            File.WriteAllBytes(blob, Convert.FromBase64String(secret.Ciphertext));
            try
            {
                var decrypted = AwsCli.Json(_moto, "kms", "decrypt", "--ciphertext-blob", "fileb://" + blob,
                    "--encryption-context", "spawn:purpose=webhook,spawn:name=alerts");
                Assert.Equal(Webhook, Encoding.UTF8.GetString(Convert.FromBase64String(decrypted.GetProperty("Plaintext").GetString()!)));
                Assert.Throws<InvalidOperationException>(() => AwsCli.Run(_moto, "kms", "decrypt", "--ciphertext-blob", "fileb://" + blob));
            }
            finally
            {
                File.Delete(blob);
            }
        }

        [Theory]
        [InlineData("slack", "alerts")]
        [InlineData("webhook", "billing")]
        public async Task WrongPurposeOrName_IsRefusedWithAStableErrorId(string purpose, string name)
        {
            using var context = TestContext.For(_moto);
            var secret = (await SecretProtector.ProtectAsync(context, CreateKey(), "webhook", "alerts", Webhook, CancellationToken.None)).Value;

            var error = await Assert.ThrowsAsync<SpawnException>(() =>
                SecretProtector.UnprotectAsync(context, secret.Ciphertext, purpose, name, null, CancellationToken.None));

            Assert.Equal(SecretProtector.ContextMismatchId, error.ErrorId);
            Assert.Equal(SpawnErrorKind.SecurityError, error.Kind);
            Assert.Equal("InvalidCiphertextException", error.AwsErrorCode);
            Assert.DoesNotContain(Webhook, error.ToString());
        }

        [Theory]
        [InlineData("", "alerts", SecretProtector.InvalidContextId)]
        [InlineData("web hook", "alerts", SecretProtector.InvalidContextId)]
        [InlineData("webhook", "-alerts", SecretProtector.InvalidContextId)]
        public async Task BadPurposeOrName_IsRejectedBeforeKms(string purpose, string name, string errorId)
        {
            using var context = TestContext.For(_moto);
            var error = await Assert.ThrowsAsync<SpawnValidationException>(() =>
                SecretProtector.ProtectAsync(context, "alias/none", purpose, name, "x", CancellationToken.None));
            Assert.Equal(errorId, error.ErrorId);
        }

        [Fact]
        public async Task EmptyOrOversizedValuesAndBadCiphertext_HaveTheirOwnErrorIds()
        {
            using var context = TestContext.For(_moto);
            Assert.Equal(SecretProtector.EmptyValueId, (await Assert.ThrowsAsync<SpawnValidationException>(() =>
                SecretProtector.ProtectAsync(context, "alias/none", "webhook", "a", "", CancellationToken.None))).ErrorId);
            Assert.Equal(SecretProtector.TooLargeId, (await Assert.ThrowsAsync<SpawnValidationException>(() =>
                SecretProtector.ProtectAsync(context, "alias/none", "webhook", "a", new string('x', 4097), CancellationToken.None))).ErrorId);
            Assert.Equal(SecretProtector.InvalidCiphertextId, (await Assert.ThrowsAsync<SpawnValidationException>(() =>
                SecretProtector.UnprotectAsync(context, "not base64!", "webhook", "a", null, CancellationToken.None))).ErrorId);
        }

        [Fact]
        public async Task NonUrlSecret_IsShownAsMaskOnly()
        {
            using var context = TestContext.For(_moto);
            var secret = (await SecretProtector.ProtectAsync(context, CreateKey(), "token", "ci", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", CancellationToken.None)).Value;
            Assert.Equal("***", secret.Display);
        }
    }
}
