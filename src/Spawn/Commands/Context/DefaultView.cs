using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Context
{
    /// <summary>The shown form of session defaults: the access key masked, secrets only as flags.</summary>
    internal static class DefaultView
    {
        internal static SpawnDefault Of(SessionDefaultValues values) => new SpawnDefault
        {
            Region = values.Region,
            ProfileName = values.ProfileName,
            ProfileLocation = values.ProfileLocation,
            EndpointUrl = values.EndpointUrl,
            AccessKey = values.Credential == null ? null : SpawnCredential.MaskedAccessKey(values.Credential.AccessKey),
            SecretKeySet = values.Credential != null,
            SessionTokenSet = values.Credential?.SessionToken != null,
        };
    }
}
