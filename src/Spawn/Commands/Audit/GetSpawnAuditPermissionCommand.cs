using System.Management.Automation;
using Spawn.Audit.Engine;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Audit
{
    /// <summary>Prints the least-privilege, read-only IAM policy Invoke-SpawnAudit needs (derived from the collector's call list).</summary>
    [Cmdlet(VerbsCommon.Get, "SpawnAuditPermission")]
    [OutputType(typeof(string))]
    public sealed class GetSpawnAuditPermissionCommand : SpawnCmdlet
    {
        /// <summary>Roles the auditing identity assumes with Invoke-SpawnAudit -RoleArn (adds sts:AssumeRole on exactly these).</summary>
        [Parameter]
        [ValidatePattern(@"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]+$")]
        public string[]? RoleArn { get; set; }

        protected override void EndProcessing() => WriteObject(AuditPermissionPolicy.Render(RoleArn ?? new string[0]));
    }
}
