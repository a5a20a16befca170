namespace Spawn.Audit.Reporting
{
    /// <summary>Severity in the scales other tools use: SARIF level and GitHub's security-severity score.</summary>
    public static class SeverityScale
    {
        public static string SarifLevel(AuditSeverity s) =>
            s >= AuditSeverity.High ? "error" : s == AuditSeverity.Medium ? "warning" : "note";

        public static string SecurityScore(AuditSeverity s) =>
            s == AuditSeverity.Critical ? "9.5" : s == AuditSeverity.High ? "8.0" : s == AuditSeverity.Medium ? "5.5" : s == AuditSeverity.Low ? "3.0" : "0.0";
    }
}
