using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Engine
{
    /// <summary>
    /// The read-only policy the audit needs, built from AuditApis (the list the collector calls through), so it cannot
    /// drift from the code. Every action is a read; Resource * because these List/Describe actions do not support
    /// resource-level scoping.
    /// </summary>
    public static class AuditPermissionPolicy
    {
        public static IReadOnlyList<string> ReadActions =>
            AuditApis.All.Select(a => a.IamAction).Distinct().OrderBy(a => a, System.StringComparer.Ordinal).ToList();

        public static string Render(IReadOnlyList<string> roleArns)
        {
            var statements = new List<object>
            {
                new Dictionary<string, object> { ["Sid"] = "SpawnAuditRead", ["Effect"] = "Allow", ["Action"] = ReadActions, ["Resource"] = "*" },
            };
            if (roleArns.Count > 0)
            {
                statements.Add(new Dictionary<string, object>
                {
                    ["Sid"] = "SpawnAuditAssumeAuditRoles", ["Effect"] = "Allow", ["Action"] = AuditApis.AssumeRole.IamAction, ["Resource"] = roleArns.ToList(),
                });
            }
            return JsonSerializer.Serialize(new Dictionary<string, object> { ["Version"] = "2012-10-17", ["Statement"] = statements },
                new JsonSerializerOptions { WriteIndented = true });
        }
    }
}
