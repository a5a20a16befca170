using System;
using System.Management.Automation;
using Spawn.Aws;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>
    /// Turns engine and AWS failures into ErrorRecords: a stable FullyQualifiedErrorId (documented in
    /// about_Spawn_ErrorIds), a category that fits, and the AWS error code and request id when AWS answered.
    /// </summary>
    internal static class ErrorRecordFactory
    {
        internal static ErrorRecord From(Exception exception, object? target = null)
        {
            if (exception is PipelineStoppedException)
            {
                throw exception;
            }
            var spawn = exception as SpawnException ?? AwsErrorTranslator.Translate(exception);
            var record = new ErrorRecord(spawn, spawn.ErrorId, Category(spawn.Kind), target ?? spawn.Target);
            if (spawn.AwsErrorCode != null)
            {
                record.ErrorDetails = new ErrorDetails(spawn.Message)
                {
                    RecommendedAction = $"AWS error {spawn.AwsErrorCode}, request id {spawn.AwsRequestId ?? "unknown"}.",
                };
            }
            return record;
        }

        internal static ErrorCategory Category(SpawnErrorKind kind)
        {
            switch (kind)
            {
                case SpawnErrorKind.InvalidArgument: return ErrorCategory.InvalidArgument;
                case SpawnErrorKind.ObjectNotFound: return ErrorCategory.ObjectNotFound;
                case SpawnErrorKind.PermissionDenied: return ErrorCategory.PermissionDenied;
                case SpawnErrorKind.LimitsExceeded: return ErrorCategory.LimitsExceeded;
                case SpawnErrorKind.ResourceExists: return ErrorCategory.ResourceExists;
                case SpawnErrorKind.SecurityError: return ErrorCategory.SecurityError;
                case SpawnErrorKind.ConnectionError: return ErrorCategory.ConnectionError;
                case SpawnErrorKind.OperationStopped: return ErrorCategory.OperationStopped;
                case SpawnErrorKind.NotImplemented: return ErrorCategory.NotImplemented;
                default: return ErrorCategory.InvalidOperation;
            }
        }
    }
}
