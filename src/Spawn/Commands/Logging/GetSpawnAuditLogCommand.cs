using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Spawn.Logging;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Logging
{
    /// <summary>Reads Spawn's audit log, oldest first, filtered by time, action, correlation id and outcome.</summary>
    [Cmdlet(VerbsCommon.Get, "SpawnAuditLog")]
    [OutputType(typeof(SpawnAuditLogEntry))]
    public sealed class GetSpawnAuditLogCommand : SpawnCmdlet
    {
        [Parameter]
        public DateTime? After { get; set; }

        [Parameter]
        public DateTime? Before { get; set; }

        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? Action { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? CorrelationId { get; set; }

        [Parameter]
        public SpawnAuditOutcome? Outcome { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? Last { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        protected override void EndProcessing()
        {
            var patterns = Action?.Select(a => new WildcardPattern(a, WildcardOptions.IgnoreCase)).ToList();
            var query = new AuditLogQuery
            {
                After = After,
                Before = Before,
                ActionMatches = patterns == null ? null : (Func<string, bool>)(action => patterns.Any(p => p.IsMatch(action))),
                CorrelationIds = CorrelationId == null ? null : new HashSet<string>(CorrelationId, StringComparer.OrdinalIgnoreCase),
                Outcome = Outcome,
                Last = Last,
            };
            var directory = Path == null ? AuditDirectory.Resolve() : GetUnresolvedProviderPathFromPSPath(Path);
            RunEngine((sink, token) => Task.Run(() =>
            {
                foreach (var entry in AuditLogReader.Read(directory, query, sink))
                {
                    token.ThrowIfCancellationRequested();
                    sink.Emit(entry);
                }
            }, token));
        }
    }
}
