using System;
using System.Management.Automation;
using System.Security;
using Spawn.PowerShell.Infrastructure;
using Spawn.Secrets;

namespace Spawn.PowerShell.Commands.Secrets
{
    /// <summary>
    /// Decrypts a secret made by Protect-SpawnSecret, for the purpose and name it was protected for. Returns a
    /// SecureString; plain text only with -AsPlainText (as ConvertFrom-SecureString does).
    /// </summary>
    [Cmdlet(VerbsSecurity.Unprotect, "SpawnSecret")]
    [OutputType(typeof(SecureString), typeof(string))]
    public sealed class UnprotectSpawnSecretCommand : SpawnAwsCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Ciphertext { get; set; } = "";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Purpose { get; set; } = "";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? KeyId { get; set; }

        [Parameter]
        public SwitchParameter AsPlainText { get; set; }

        protected override void ProcessRecord()
        {
            var context = Context;
            // Without -KeyId, KMS takes the key from the ciphertext, and the secret alone names what was touched.
            using var audit = KeyId == null ? BeginAudit(null, Purpose + "/" + Name) : BeginAudit(null, KeyId, Purpose + "/" + Name);
            try
            {
                var result = RunEngine((sink, token) => SecretProtector.UnprotectAsync(context, Ciphertext, Purpose, Name, KeyId, token));
                audit.Succeeded(result.RequestId);
                WriteObject(AsPlainText ? (object)result.Value : SecureStrings.FromPlain(result.Value));
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                audit.Failed(e);
                Report(e, Name);
            }
        }
    }
}
