using System;
using System.Security;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// AWS access keys as the cmdlets hold them: the secret parts only as SecureString, and a ToString that
    /// never shows them. Made from a PSCredential (user name = access key id), from an AWS.Tools credentials
    /// object, or by Set-SpawnDefault.
    /// </summary>
    public sealed class SpawnCredential
    {
        public SpawnCredential(string accessKey, SecureString secretKey, SecureString? sessionToken = null)
        {
            AccessKey = accessKey ?? throw new ArgumentNullException(nameof(accessKey));
            SecretKey = secretKey ?? throw new ArgumentNullException(nameof(secretKey));
            SessionToken = sessionToken;
        }

        public string AccessKey { get; }
        public SecureString SecretKey { get; }
        public SecureString? SessionToken { get; }

        public override string ToString() => $"{MaskedAccessKey(AccessKey)} (secret key hidden)";

        /// <summary>Access key ids are not secret, but showing only the last four keeps them out of transcripts.</summary>
        internal static string MaskedAccessKey(string accessKey) =>
            accessKey.Length <= 4 ? "****" : new string('*', accessKey.Length - 4) + accessKey.Substring(accessKey.Length - 4);
    }
}
