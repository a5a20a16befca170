using System.Management.Automation;
using Spawn.Aws;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Context
{
    /// <summary>
    /// Sets the region, profile, credentials or endpoint Spawn uses in this session when a cmdlet is not
    /// given them. Takes the same common parameters as every AWS cmdlet; values given replace the stored
    /// ones, others are kept. Nothing is sent to AWS.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "SpawnDefault", SupportsShouldProcess = true)]
    [OutputType(typeof(SpawnDefault))]
    public sealed class SetSpawnDefaultCommand : SpawnAwsCmdlet
    {
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            if (Region != null && Region.Length > 1)
            {
                Fail(new SpawnValidationException("MultipleRegionsNotSupported", "Set-SpawnDefault takes one default region."));
            }
            var region = SingleRegion;
            if (region != null && !RegionName.IsValid(region))
            {
                Fail(new SpawnValidationException("AwsInvalidRegion", $"'{region}' is not an AWS region name (for example us-east-1)."));
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
            var credential = BoundCredential();

            var values = SessionDefaults.Current ?? new SessionDefaultValues();
            var updated = new SessionDefaultValues
            {
                Region = region ?? values.Region,
                ProfileName = ProfileName ?? values.ProfileName,
                ProfileLocation = ProfileLocation ?? values.ProfileLocation,
                EndpointUrl = EndpointUrl ?? values.EndpointUrl,
                Credential = credential ?? values.Credential,
            };
            if (ProfileName != null && credential == null)
            {
                // A new profile replaces stored keys, or the keys would silently keep winning.
                updated.Credential = null;
            }
            if (credential != null && ProfileName == null)
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
