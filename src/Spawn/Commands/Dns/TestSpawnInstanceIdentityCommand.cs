using System.Management.Automation;
using System.Text;
using Spawn.Identity;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Dns
{
    /// <summary>Verifies an EC2 instance identity document and its signature offline, against pinned AWS certificates.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "SpawnInstanceIdentity", DefaultParameterSetName = Rsa2048Set)]
    [OutputType(typeof(SpawnInstanceIdentity))]
    public sealed class TestSpawnInstanceIdentityCommand : SpawnCmdlet
    {
        private const string Rsa2048Set = "Rsa2048";
        private const string LegacySet = "Legacy";

        /// <summary>The text of IMDS /latest/dynamic/instance-identity/rsa2048.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = Rsa2048Set)]
        [ValidateNotNullOrEmpty]
        public string Rsa2048 { get; set; } = "";

        /// <summary>The exact text of IMDS /latest/dynamic/instance-identity/document.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LegacySet)]
        [ValidateNotNullOrEmpty]
        public string Document { get; set; } = "";

        /// <summary>The text of IMDS /latest/dynamic/instance-identity/signature.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LegacySet)]
        [ValidateNotNullOrEmpty]
        public string Signature { get; set; } = "";

        /// <summary>A folder of &lt;region&gt;.pem files that add to or replace the built-in certificates.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? CertificateDirectory { get; set; }

        protected override void ProcessRecord()
        {
            var directory = CertificateDirectory == null ? null : GetUnresolvedProviderPathFromPSPath(CertificateDirectory);
            try
            {
                WriteObject(ParameterSetName == LegacySet
                    ? OfflineIdentityCheck.VerifyLegacy(Encoding.UTF8.GetBytes(Document), Signature, directory)
                    : OfflineIdentityCheck.VerifyRsa2048(Rsa2048, directory));
            }
            catch (SpawnException e)
            {
                Report(e);
            }
        }
    }
}
