using System;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// A stage's refusal. <see cref="Detail"/> is a finer, still fixed, token for the log (for example which identity
    /// check failed); it is never request data.
    /// </summary>
    public sealed class RegistrationRejectedException : Exception
    {
        public RegistrationRejectedException(RejectionReason reason, string? detail = null, Exception? inner = null)
            : base(Rejections.For(reason).Message, inner)
        {
            Reason = reason;
            Detail = detail;
        }

        public RejectionReason Reason { get; }
        public string? Detail { get; }
    }
}
