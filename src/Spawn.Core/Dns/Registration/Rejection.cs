namespace Spawn.Dns.Registration
{
    /// <summary>The fixed answer for one <see cref="RejectionReason"/>: HTTP status, stable code, constant message.</summary>
    public sealed class Rejection
    {
        internal Rejection(RejectionReason reason, int status, string message)
        {
            Reason = reason;
            Status = status;
            Message = message;
        }

        public RejectionReason Reason { get; }
        public int Status { get; }

        /// <summary>The stable error code sent to callers and written to the log: the reason's name.</summary>
        public string Code => Reason.ToString();

        public string Message { get; }
    }
}
