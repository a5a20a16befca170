using System;
using System.Globalization;

namespace Spawn.Instances
{
    /// <summary>
    /// An instance's accumulated run time. EC2 moves LaunchTime to each new start and keeps no total, so the run hours of
    /// finished periods are kept in the spawn:run-hours tag as "hours@launch time of the last period counted"
    /// (12.50@2026-12-01T08:00:00Z); the period in progress (or the last one, when EC2 says when it stopped) is added to it.
    /// </summary>
    public sealed class RunHours
    {
        public RunHours(double counted, DateTime? countedThrough)
        {
            Counted = counted;
            CountedThrough = countedThrough;
        }

        public static RunHours None { get; } = new RunHours(0, null);

        /// <summary>Hours of the finished run periods recorded in the tag.</summary>
        public double Counted { get; }

        /// <summary>The LaunchTime of the last period counted; a later LaunchTime is a period not counted yet.</summary>
        public DateTime? CountedThrough { get; }

        /// <summary>Reads the tag; a missing or malformed value counts nothing (the current period is still counted).</summary>
        public static RunHours Parse(string? value)
        {
            var at = value?.IndexOf('@') ?? -1;
            if (at > 0 && double.TryParse(value!.Substring(0, at), NumberStyles.Float, CultureInfo.InvariantCulture, out var hours)
                && hours >= 0 && SpawnTags.ParseTime(value.Substring(at + 1)) is DateTime through)
            {
                return new RunHours(hours, through);
            }
            return None;
        }

        public string Format() => Counted.ToString("0.00", CultureInfo.InvariantCulture) + "@"
            + (CountedThrough.HasValue ? SpawnTags.FormatTime(CountedThrough.Value) : "");

        /// <summary>
        /// The total run hours now. While the instance runs (or is starting or stopping) its current period counts up to
        /// <paramref name="now"/>; once stopped, its last period counts up to <paramref name="stoppedAt"/> (<see cref="StopTime"/>) and, being
        /// finished, is returned in <paramref name="finished"/> for recording in the tag.
        /// </summary>
        public double Total(string state, DateTime? launchTime, DateTime? stoppedAt, DateTime now, out RunHours? finished)
        {
            finished = null;
            switch (state)
            {
                case "pending":
                case "running":
                case "stopping":
                    return Ending(launchTime, now)?.Counted ?? Counted;
                case "stopped" when stoppedAt.HasValue:
                    finished = Ending(launchTime, stoppedAt.Value);
                    return finished?.Counted ?? Counted;
                default:
                    return Counted;
            }
        }

        /// <summary>
        /// These hours plus the period from <paramref name="launchTime"/> to <paramref name="end"/>, counted through that
        /// launch; null when that period is already counted (or the launch time is unknown).
        /// </summary>
        public RunHours? Ending(DateTime? launchTime, DateTime end) =>
            !launchTime.HasValue || launchTime == CountedThrough
                ? null
                : new RunHours(Counted + Hours(launchTime.Value, end), launchTime);

        private static double Hours(DateTime from, DateTime to) => Math.Max(0, (to - from).TotalHours);
    }
}
