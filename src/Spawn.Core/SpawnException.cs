using System;

namespace Spawn
{
    /// <summary>What kind of failure a <see cref="SpawnException"/> is; the cmdlets map it to an ErrorCategory.</summary>
    public enum SpawnErrorKind
    {
        InvalidArgument,
        ObjectNotFound,
        PermissionDenied,
        LimitsExceeded,
        ResourceExists,
        InvalidOperation,
        SecurityError,
        ConnectionError,
        OperationStopped,
        NotImplemented,
    }

    /// <summary>
    /// A failure the user can act on, with a stable error id (documented in about_Spawn_ErrorIds).
    /// The message never contains a secret value.
    /// </summary>
    public class SpawnException : Exception
    {
        public SpawnException(string errorId, SpawnErrorKind kind, string message, Exception? inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            Kind = kind;
        }

        public string ErrorId { get; }
        public SpawnErrorKind Kind { get; }

        /// <summary>The resource the error is about, when there is one (instance id, record name...).</summary>
        public string? Target { get; set; }

        /// <summary>The AWS error code and request id, when the failure came from AWS.</summary>
        public string? AwsErrorCode { get; set; }
        public string? AwsRequestId { get; set; }
    }

    /// <summary>Bad input, rejected before any AWS call.</summary>
    public sealed class SpawnValidationException : SpawnException
    {
        public SpawnValidationException(string errorId, string message, string? target = null)
            : base(errorId, SpawnErrorKind.InvalidArgument, message)
        {
            Target = target;
        }
    }
}
