using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spawn.Audit.Reporting
{
    /// <summary>{"Summary": ..., "Findings": [...]}: the finding objects 1:1; -CompareTo reads this format back.</summary>
    public static class JsonReport
    {
        public static string Render(AuditSummary summary, IReadOnlyList<AuditFinding> findings) =>
            JsonSerializer.Serialize(new { Summary = summary, Findings = findings }, Options);

        public static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Converters = { new JsonStringEnumConverter() },
        };
    }
}
