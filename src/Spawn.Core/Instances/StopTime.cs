using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Spawn.Instances
{
    /// <summary>
    /// When a stopped instance stopped. EC2 has no field for it; its StateTransitionReason says
    /// "User initiated (2026-12-01 18:00:00 GMT)" (emulators write UTC for GMT).
    /// </summary>
    public static class StopTime
    {
        private static readonly Regex Pattern = new Regex(@"\((\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?:GMT|UTC)\)", RegexOptions.CultureInvariant);

        /// <summary>The stop time in UTC; null when the reason gives none.</summary>
        public static DateTime? Parse(string? stateTransitionReason)
        {
            var match = Pattern.Match(stateTransitionReason ?? "");
            return match.Success && DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var stopped)
                ? stopped
                : (DateTime?)null;
        }
    }
}
