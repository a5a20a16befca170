using Spawn.Audit.Engine;
using Spawn.Security;

namespace Spawn.PowerShell.Commands.Audit
{
    /// <summary>Reads a previous run's JSON report for -CompareTo through PathPolicy (large reports allowed).</summary>
    internal static class AuditFiles
    {
        internal const long MaxReportBytes = 256L * 1024 * 1024;

        internal static Comparison ReadComparison(string path) =>
            Comparison.FromJson(PathPolicy.Validate(path, MaxReportBytes).ReadAllText(), path);
    }
}
