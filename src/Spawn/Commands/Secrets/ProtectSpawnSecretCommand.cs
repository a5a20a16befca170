using System;
using System.Management.Automation;
using System.Security;
using Spawn.PowerShell.Infrastructure;
using Spawn.Secrets;

namespace Spawn.PowerShell.Commands.Secrets
{
    /// <summary>Encrypts a secret (a webhook URL, a token) with KMS for one purpose and name; the result is safe to store.</summary>
    [Cmdlet(VerbsSecurity.Protect, "SpawnSecret")]
    [OutputType(typeof(SpawnProtectedSecret))]
    public sealed class ProtectSpawnSecretCommand : SpawnAwsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString Value { get; set; } = new SecureString();

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Purpose { get; set; } = "";

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string KeyId { get; set; } = "";

        protected override void ProcessRecord()
        {
            var context = Context;
            using var audit = BeginAudit(null, KeyId, Purpose + "/" + Name);
            try
            {
                var plaintext = SecureStrings.ToPlain(Value) ?? "";
                var result = RunEngine((sink, token) => SecretProtector.ProtectAsync(context, KeyId, Purpose, Name, plaintext, token));
                audit.Succeeded(result.RequestId);
                WriteObject(result.Value);
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                audit.Failed(e);
                Report(e, Name);
            }
        }
    }
}
