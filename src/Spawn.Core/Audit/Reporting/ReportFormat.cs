namespace Spawn.Audit.Reporting
{
    /// <summary>The file formats of -OutputFormat.</summary>
    public enum ReportFormat
    {
        Json,
        Csv,
        Sarif,
        JUnit,
        Html,
    }
}
