using System.Management.Automation;
using Spawn.Aws;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Context
{
    /// <summary>
    /// Sets the region, profile, credentials or endpoint Spawn uses in this session when a cmdlet is not
    /// given them. Values given here replace the stored ones; others are kept.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "SpawnDefault", SupportsShouldProcess = true)]
    [OutputType(typeof(SpawnDefault))]
    public sealed class SetSpawnDefaultCommand : SpawnCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        [Parameter]
        [Alias("StoredCredentials", "AWSProfileName")]
        [ValidateNotNullOrEmpty]
        public string? ProfileName { get; set; }

        [Parameter]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        [ValidateNotNullOrEmpty]
        public string? ProfileLocation { get; set; }

        [Parameter]
        [Alias("AK")]
        [ValidateNotNullOrEmpty]
        public string? AccessKey { get; set; }

        [Parameter]
        [Alias("SK")]
        [SecureStringTransformation]
        public System.Security.SecureString? SecretKey { get; set; }

        [Parameter]
        [Alias("ST")]
        [SecureStringTransformation]
        public System.Security.SecureString? SessionToken { get; set; }

        [Parameter]
        [CredentialTransformation]
        public SpawnCredential? Credential { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? EndpointUrl { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            if (Region != null && !RegionName.IsValid(Region))
            {
                Fail(new SpawnValidationException("AwsInvalidRegion", $"'{Region}' is not an AWS region name (for example us-east-1)."));
            }
            if (EndpointUrl != null)
            {
                try
                {
                    var endpoint = Spawn.Aws.EndpointUrl.Parse(EndpointUrl, "-EndpointUrl");
                    if (endpoint.IsInsecure)
                    {
                        WriteWarning(InsecureEndpointWarning.For(endpoint));
                    }
                }
                catch (SpawnException e)
                {
                    Fail(e);
                }
            }
            if ((AccessKey == null) != (SecretKey == null) || (SessionToken != null && AccessKey == null))
            {
                Fail(new SpawnValidationException("AwsIncompleteKeys", "-AccessKey and -SecretKey go together; -SessionToken needs both."));
            }

            var values = SessionDefaults.Current ?? new SessionDefaultValues();
            var updated = new SessionDefaultValues
            {
                Region = Region ?? values.Region,
                ProfileName = ProfileName ?? values.ProfileName,
                ProfileLocation = ProfileLocation ?? values.ProfileLocation,
                EndpointUrl = EndpointUrl ?? values.EndpointUrl,
                Credential = AccessKey != null ? new SpawnCredential(AccessKey, SecretKey!, SessionToken) : Credential ?? values.Credential,
            };
            if (ProfileName != null && AccessKey == null && Credential == null)
            {
                // A new profile replaces stored keys, or the keys would silently keep winning.
                updated.Credential = null;
            }
            if ((AccessKey != null || Credential != null) && ProfileName == null)
            {
                updated.ProfileName = null;
            }

            if (ShouldProcess("Spawn session defaults", "Set"))
            {
                SessionDefaults.Set(updated);
                if (PassThru)
                {
                    WriteObject(DefaultView.Of(updated));
                }
            }
        }
    }
}
