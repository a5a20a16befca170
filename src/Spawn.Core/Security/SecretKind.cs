namespace Spawn.Security
{
    /// <summary>What a <see cref="SecretFinding"/> found; stable names, used in audit evidence and suppressions.</summary>
    public enum SecretKind
    {
        AwsAccessKeyId,
        AwsSecretAccessKey,
        PrivateKey,
        GitHubToken,
        GitLabToken,
        SlackToken,
        SlackWebhook,
        StripeKey,
        JsonWebToken,
        UrlCredentials,
        PasswordAssignment,
    }

    /// <summary>
    /// How sure the scanner is: High for self-identifying formats (prefixes, PEM armour), Medium for
    /// structured shapes that need context (JWT, URL userinfo, a 40-character key after "aws"/"secret"),
    /// Low for keyword assignments judged by entropy.
    /// </summary>
    public enum SecretConfidence
    {
        Low,
        Medium,
        High,
    }
}
