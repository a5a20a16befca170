using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace Spawn.Logging
{
    /// <summary>
    /// Where the audit log lives and how its files are named: one file per UTC day, audit-yyyy-MM-dd.jsonl, in
    /// SPAWN_AUDIT_DIRECTORY when set, else %LOCALAPPDATA%\Spawn\audit on Windows and
    /// $XDG_DATA_HOME/spawn/audit (default ~/.local/share/spawn/audit) elsewhere.
    /// </summary>
    public static class AuditDirectory
    {
        public const string DirectoryVariable = "SPAWN_AUDIT_DIRECTORY";
        private const string Prefix = "audit-";
        private const string Extension = ".jsonl";
        private const string DateFormat = "yyyy-MM-dd";

        public static string Resolve(Func<string, string?>? environment = null)
        {
            environment ??= Environment.GetEnvironmentVariable;
            var overridden = environment(DirectoryVariable);
            if (!string.IsNullOrEmpty(overridden))
            {
                return Path.GetFullPath(overridden);
            }
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                var local = environment("LOCALAPPDATA");
                return Path.Combine(string.IsNullOrEmpty(local) ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) : local!, "Spawn", "audit");
            }
            var data = environment("XDG_DATA_HOME");
            if (string.IsNullOrEmpty(data) || !Path.IsPathRooted(data))
            {
                // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
                var home = environment("HOME");
                data = Path.Combine(string.IsNullOrEmpty(home) ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : home!, ".local", "share");
            }
            return Path.Combine(data!, "spawn", "audit");
        }

        /// <summary>The day's file for a UTC time.</summary>
        public static string FileFor(string directory, DateTime time) =>
            Path.Combine(directory, Prefix + time.ToUniversalTime().ToString(DateFormat, CultureInfo.InvariantCulture) + Extension);

        /// <summary>The audit files in a directory, oldest day first (the names sort by date).</summary>
        public static IReadOnlyList<string> Files(string directory) =>
            Directory.Exists(directory)
                ? Directory.GetFiles(directory, Prefix + "*" + Extension).Where(f => DayOf(f) != null).OrderBy(f => f, StringComparer.Ordinal).ToList()
                : (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>The UTC day an audit file holds, from its name; null for other files.</summary>
        public static DateTime? DayOf(string file)
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(Extension, StringComparison.Ordinal))
            {
                return null;
            }
            var date = name.Substring(Prefix.Length, name.Length - Prefix.Length - Extension.Length);
            return DateTime.TryParseExact(date, DateFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day) ? day : (DateTime?)null;
        }
    }
}
