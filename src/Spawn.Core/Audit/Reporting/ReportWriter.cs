using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Spawn.Audit.Reporting
{
    /// <summary>Renders a run in a file format and writes it atomically (temp file, then rename).</summary>
    public static class ReportWriter
    {
        public static string Render(ReportFormat format, AuditSummary summary, IReadOnlyList<AuditFinding> findings)
        {
            switch (format)
            {
                case ReportFormat.Json: return JsonReport.Render(summary, findings);
                case ReportFormat.Csv: return CsvReport.Render(findings);
                case ReportFormat.Sarif: return SarifReport.Render(summary, findings);
                case ReportFormat.JUnit: return JUnitReport.Render(summary, findings);
                case ReportFormat.Html: return HtmlReport.Render(summary, findings);
                default: throw new ArgumentOutOfRangeException(nameof(format));
            }
        }

        public static void Write(ReportFormat format, string path, AuditSummary summary, IReadOnlyList<AuditFinding> findings)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                throw new SpawnValidationException("AuditOutputPathIsDirectory", $"-OutputPath {path} is a directory; give a file name.", path);
            }
            var directory = Path.GetDirectoryName(full);
            if (directory == null || !Directory.Exists(directory))
            {
                throw new SpawnValidationException("AuditOutputPathNoDirectory", $"The directory of -OutputPath {path} does not exist.", path);
            }
            var temp = full + ".tmp-" + Guid.NewGuid().ToString("N").Substring(0, 8);
            File.WriteAllText(temp, Render(format, summary, findings), new UTF8Encoding(false));
            if (File.Exists(full))
            {
                File.Replace(temp, full, null);
            }
            else
            {
                File.Move(temp, full);
            }
        }
    }
}
