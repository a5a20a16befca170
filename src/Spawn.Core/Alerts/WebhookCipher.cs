using System;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Secrets;

namespace Spawn.Alerts
{
    /// <summary>
    /// Webhook URLs through Spawn's KMS secret service, with the purpose "alert-webhook" and the alert's name as the
    /// encryption context: a ciphertext copied to another alert (or used for anything else) does not decrypt, and
    /// decryption names the alert's key, so a ciphertext made under another key is refused.
    /// </summary>
    internal sealed class WebhookCipher
    {
        internal const string Purpose = "alert-webhook";

        private readonly AwsContext _context;

        public WebhookCipher(AwsContext context)
        {
            _context = context;
        }

        public async Task<byte[]> EncryptAsync(string alertName, string keyId, string url, CancellationToken cancellationToken)
        {
            var protectedUrl = await SecretProtector.ProtectAsync(_context, keyId, Purpose, alertName, url, cancellationToken).ConfigureAwait(false);
            return Convert.FromBase64String(protectedUrl.Value.Ciphertext);
        }

        public async Task<string> DecryptAsync(string alertName, string keyId, byte[] ciphertext, CancellationToken cancellationToken) =>
            (await SecretProtector.UnprotectAsync(_context, Convert.ToBase64String(ciphertext), Purpose, alertName, keyId, cancellationToken)
                .ConfigureAwait(false)).Value;
    }
}
