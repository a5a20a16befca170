using System;

namespace Spawn.CloudWatchLogs
{
    /// <summary>One log event: its time and its message (for the audit sink, one JSON audit record).</summary>
    public sealed class InputLogEvent
    {
        public InputLogEvent(DateTime timestamp, string message)
        {
            Timestamp = timestamp;
            Message = message;
        }

        public DateTime Timestamp { get; }
        public string Message { get; }
    }
}
