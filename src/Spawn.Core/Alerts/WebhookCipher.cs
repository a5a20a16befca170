using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using Spawn.Aws;

namespace Spawn.Alerts
{
    /// <summary>
    /// KMS encryption of webhook URLs. The encryption context names the purpose and the alert, so a ciphertext copied
    /// to another alert (or used for anything else) does not decrypt; decryption names the key, so a ciphertext made
    /// with another key is refused. The one place to swap for Spawn's shared secret service once it exists.
    /// </summary>
    internal sealed class WebhookCipher
    {
        private readonly AwsContext _context;

        public WebhookCipher(AwsContext context)
        {
            _context = context;
        }

        public async Task<byte[]> EncryptAsync(string alertName, string keyId, string url, CancellationToken cancellationToken)
        {
            var response = await _context.Kms.EncryptAsync(new EncryptRequest
            {
                KeyId = keyId,
                Plaintext = new MemoryStream(Encoding.UTF8.GetBytes(url)),
                EncryptionContext = Context(alertName),
            }, cancellationToken).ConfigureAwait(false);
            return response.CiphertextBlob.ToArray();
        }

        public async Task<string> DecryptAsync(string alertName, string keyId, byte[] ciphertext, CancellationToken cancellationToken)
        {
            var response = await _context.Kms.DecryptAsync(new DecryptRequest
            {
                KeyId = keyId,
                CiphertextBlob = new MemoryStream(ciphertext),
                EncryptionContext = Context(alertName),
            }, cancellationToken).ConfigureAwait(false);
            return Encoding.UTF8.GetString(response.Plaintext.ToArray());
        }

        private static Dictionary<string, string> Context(string alertName) =>
            new Dictionary<string, string> { ["spawn:purpose"] = "alert-webhook", ["spawn:alert"] = alertName };
    }
}
