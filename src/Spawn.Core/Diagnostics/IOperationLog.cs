using System;

namespace Spawn.Diagnostics
{
    /// <summary>
    /// Where the engine reports what it is doing. The cmdlets forward it to PowerShell's streams on the
    /// pipeline thread; the Lambda writes it to its log. Implementations must accept calls from any thread.
    /// Callers never pass secret values: mask first (see Security/Masking).
    /// </summary>
    public interface IOperationLog
    {
        void Debug(string message);
        void Verbose(string message);
        void Warning(string message);
        void Progress(OperationProgress progress);
    }

    /// <summary>A progress report: activity, status, and percent complete (-1 when unknown).</summary>
    public sealed class OperationProgress
    {
        public OperationProgress(int activityId, string activity, string status, int percentComplete = -1, bool completed = false)
        {
            ActivityId = activityId;
            Activity = activity;
            Status = status;
            PercentComplete = percentComplete;
            Completed = completed;
        }

        public int ActivityId { get; }
        public string Activity { get; }
        public string Status { get; }
        public int PercentComplete { get; }
        public bool Completed { get; }
    }

    /// <summary>A log that drops everything, for callers that do not listen.</summary>
    public sealed class NullOperationLog : IOperationLog
    {
        public static readonly NullOperationLog Instance = new NullOperationLog();
        public void Debug(string message) { }
        public void Verbose(string message) { }
        public void Warning(string message) { }
        public void Progress(OperationProgress progress) { }
    }
}
