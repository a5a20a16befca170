using System;
using Spawn.Diagnostics;

namespace Spawn.Lambda
{
    /// <summary>
    /// The engine's verbose and warning messages as prefixed text lines (stdout in Lambda, i.e. CloudWatch Logs).
    /// Debug and progress are left out: they narrate every call and would drown the lines that matter. The engine
    /// masks secrets before it reports anything, so lines are written as given.
    /// </summary>
    public sealed class LineLog : IOperationLog
    {
        private readonly Action<string> _write;

        public LineLog(Action<string> write)
        {
            _write = write;
        }

        public void Debug(string message) { }
        public void Verbose(string message) => _write("VERBOSE: " + message);
        public void Warning(string message) => _write("WARNING: " + message);
        public void Progress(OperationProgress progress) { }
    }
}
