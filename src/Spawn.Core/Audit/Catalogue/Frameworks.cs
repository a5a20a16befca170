using System;
using System.Collections.Generic;
using System.Linq;

namespace Spawn.Audit.Catalogue
{
    /// <summary>
    /// The values of -Framework (alias -Baseline) and which catalogue mapping each selects. The NIST 800-53 baselines
    /// differ by the check's lowest level; SPAWN-META-001 belongs to every framework (an incomplete scan proves nothing).
    /// </summary>
    public static class Frameworks
    {
        public const string MetaCheck = "SPAWN-META-001";

        private static readonly Dictionary<string, (string Key, int Level)> Names = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase)
        {
            ["nist-800-53-low"] = ("NIST-800-53-r5", 0),
            ["nist-800-53-moderate"] = ("NIST-800-53-r5", 1),
            ["nist-800-53-high"] = ("NIST-800-53-r5", 2),
            ["nist-800-171"] = ("NIST-800-171-r2", 2),
            ["cis"] = ("CIS-AWS-5.0.0", 2),
            ["hipaa"] = ("HIPAA-Security-Rule", 2),
            ["pci"] = ("PCI-DSS-4.0", 2),
            ["soc2"] = ("SOC2-2017", 2),
        };

        public static IReadOnlyList<string> All => Names.Keys.ToList();

        /// <summary>The compliance key a framework name reports against (NIST-800-53-r5 for the three 800-53 baselines).</summary>
        public static string Key(string framework) => Names[framework].Key;

        public static bool IsKnown(string framework) => Names.ContainsKey(framework);

        public static bool Includes(string framework, CheckDefinition check)
        {
            if (check.Id == MetaCheck)
            {
                return true;
            }
            var (key, level) = Names[framework];
            return check.Compliance.TryGetValue(key, out var controls) && controls.Length > 0 && Level(check.Nist80053Level) <= level;
        }

        /// <summary>The framework names a check belongs to.</summary>
        public static string[] Of(CheckDefinition check) => Names.Keys.Where(n => Includes(n, check)).ToArray();

        private static int Level(string? name) => name == "high" ? 2 : name == "moderate" ? 1 : 0;
    }
}
