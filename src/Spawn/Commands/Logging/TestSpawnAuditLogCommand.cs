using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Spawn.Logging;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Logging
{
    /// <summary>Verifies the audit log's hash chain and names the first broken line; -Quiet answers only true or false.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "SpawnAuditLog")]
    [OutputType(typeof(SpawnAuditLogVerification), typeof(bool))]
    public sealed class TestSpawnAuditLogCommand : SpawnCmdlet
    {
        internal const string PathNotFoundId = "AuditLogPathNotFound";

        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[]? Path { get; set; }

        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void EndProcessing()
        {
            var files = new List<string>();
            foreach (var given in Path ?? new[] { AuditDirectory.Resolve() })
            {
                var path = GetUnresolvedProviderPathFromPSPath(given);
                if (File.Exists(path))
                {
                    files.Add(path);
                }
                else if (Directory.Exists(path) || Path == null)
                {
                    files.AddRange(AuditDirectory.Files(path));
                }
                else
                {
                    Fail(new SpawnValidationException(PathNotFoundId, $"'{path}' is neither an audit file nor a directory.", path));
                }
            }
            // Oldest day first, whatever order the paths were given in: the chain runs from day to day.
            var ordered = files.Distinct().OrderBy(f => System.IO.Path.GetFileName(f), System.StringComparer.Ordinal).ToList();
            var result = AuditLogVerifier.Verify(ordered);
            WriteObject(Quiet ? (object)result.IsValid : result);
        }
    }
}
