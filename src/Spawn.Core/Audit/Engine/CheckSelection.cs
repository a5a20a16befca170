using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Spawn.Audit.Catalogue;

namespace Spawn.Audit.Engine
{
    /// <summary>Which checks run: -Framework membership, then -CheckId includes and -ExcludeCheckId (wildcards allowed).</summary>
    public static class CheckSelection
    {
        public static IReadOnlyList<CheckDefinition> Select(string? framework, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
        {
            if (framework != null && !Frameworks.IsKnown(framework))
            {
                throw new SpawnValidationException("AuditUnknownFramework",
                    $"Unknown framework '{framework}'. Use one of: {string.Join(", ", Frameworks.All)}.", framework);
            }
            var selected = CheckCatalogue.Definitions
                .Where(d => framework == null || Frameworks.Includes(framework, d))
                .Where(d => include.Count == 0 || include.Any(p => Matches(p, d.Id)))
                .Where(d => !exclude.Any(p => Matches(p, d.Id)))
                .ToList();
            foreach (var pattern in include.Where(p => !p.Contains("*") && !p.Contains("?") && !CheckCatalogue.Definitions.Any(d => Matches(p, d.Id))))
            {
                throw new SpawnValidationException("AuditUnknownCheck", $"There is no check '{pattern}'. Get-SpawnAuditCheck lists them.", pattern);
            }
            return selected;
        }

        /// <summary>Case-insensitive, * and ? wildcards; "EC2-001" also matches "SPAWN-EC2-001".</summary>
        public static bool Matches(string pattern, string id)
        {
            var regex = "^(SPAWN-)?" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$";
            return Regex.IsMatch(id, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }
}
