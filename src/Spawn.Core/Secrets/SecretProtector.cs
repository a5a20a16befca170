using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Spawn.Aws;
using Spawn.Security;

namespace Spawn.Secrets
{
    /// <summary>
    /// Secrets at rest (webhook URLs and the like) encrypted with KMS. The encryption context names the purpose and
    /// the secret's name, so KMS decrypts a ciphertext only for what it was protected for: a webhook ciphertext
    /// copied into another setting, or renamed, is refused. The plain value is never part of a message or a result.
    /// </summary>
    public static class SecretProtector
    {
        public const string PurposeKey = "spawn:purpose";
        public const string NameKey = "spawn:name";

        /// <summary>KMS Encrypt takes at most 4096 bytes of plaintext.</summary>
        public const int MaxBytes = 4096;

        public const string InvalidContextId = "SecretInvalidContext";
        public const string EmptyValueId = "SecretValueEmpty";
        public const string TooLargeId = "SecretValueTooLarge";
        public const string InvalidCiphertextId = "SecretInvalidCiphertext";
        public const string ContextMismatchId = "SecretContextMismatch";

        private static readonly Regex Label = new Regex(@"\A[A-Za-z0-9][A-Za-z0-9._-]{0,63}\z", RegexOptions.CultureInvariant);

        /// <summary>The result of a KMS call and the request id the audit log records.</summary>
        public sealed class Result<T>
        {
            internal Result(T value, string? requestId)
            {
                Value = value;
                RequestId = requestId;
            }

            public T Value { get; }
            public string? RequestId { get; }
        }

        public static async Task<Result<SpawnProtectedSecret>> ProtectAsync(AwsContext context, string keyId, string purpose,
            string name, string plaintext, CancellationToken cancellationToken)
        {
            if (context == null) throw new ArgumentNullException(nameof(context));
            var encryptionContext = ContextFor(purpose, name);
            if (string.IsNullOrEmpty(plaintext))
            {
                throw new SpawnValidationException(EmptyValueId, "The secret value is empty; there is nothing to protect.", name);
            }
            var bytes = Encoding.UTF8.GetBytes(plaintext);
            if (bytes.Length > MaxBytes)
            {
                throw new SpawnValidationException(TooLargeId, $"The secret value is {bytes.Length} bytes; KMS encrypts at most {MaxBytes}.", name);
            }
            var response = await context.Kms.EncryptAsync(new EncryptRequest
            {
                KeyId = keyId,
                Plaintext = new MemoryStream(bytes),
                EncryptionContext = encryptionContext,
            }, cancellationToken).ConfigureAwait(false);
            var secret = new SpawnProtectedSecret
            {
                Name = name,
                Purpose = purpose,
                KeyId = response.KeyId,
                Ciphertext = Convert.ToBase64String(response.CiphertextBlob.ToArray()),
                Display = Masking.MaskUrl(plaintext),
            };
            return new Result<SpawnProtectedSecret>(secret, response.ResponseMetadata?.RequestId);
        }

        /// <exception cref="SpawnException">SecretContextMismatch when KMS refuses the ciphertext for this purpose and name.</exception>
        public static async Task<Result<string>> UnprotectAsync(AwsContext context, string ciphertext, string purpose, string name,
            string? keyId, CancellationToken cancellationToken)
        {
            if (context == null) throw new ArgumentNullException(nameof(context));
            var encryptionContext = ContextFor(purpose, name);
            byte[] blob;
            try
            {
                blob = Convert.FromBase64String(ciphertext ?? "");
            }
            catch (FormatException)
            {
                throw new SpawnValidationException(InvalidCiphertextId, "The ciphertext is not base64 (as Protect-SpawnSecret writes it).", name);
            }
            try
            {
                var response = await context.Kms.DecryptAsync(new DecryptRequest
                {
                    CiphertextBlob = new MemoryStream(blob),
                    EncryptionContext = encryptionContext,
                    KeyId = string.IsNullOrEmpty(keyId) ? null : keyId,
                }, cancellationToken).ConfigureAwait(false);
                return new Result<string>(Encoding.UTF8.GetString(response.Plaintext.ToArray()), response.ResponseMetadata?.RequestId);
            }
            catch (InvalidCiphertextException e)
            {
                throw new SpawnException(ContextMismatchId, SpawnErrorKind.SecurityError,
                    $"KMS refused to decrypt the secret '{name}' for purpose '{purpose}': it was protected for another purpose or name, under another key, or it was altered.",
                    e)
                {
                    Target = name,
                    AwsErrorCode = e.ErrorCode,
                    AwsRequestId = e.RequestId,
                };
            }
        }

        private static Dictionary<string, string> ContextFor(string purpose, string name)
        {
            foreach (var (label, value) in new[] { ("purpose", purpose), ("name", name) })
            {
                if (value == null || !Label.IsMatch(value))
                {
                    throw new SpawnValidationException(InvalidContextId,
                        $"The {label} '{Masking.MaskText(value)}' is not allowed: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.",
                        value);
                }
            }
            return new Dictionary<string, string>(StringComparer.Ordinal) { [PurposeKey] = purpose, [NameKey] = name };
        }
    }
}
