using System;
using System.Net.Http;
using Amazon.Runtime;

namespace Spawn.Aws
{
    /// <summary>
    /// Maps AWS and transport failures to SpawnExceptions with stable error ids, so scripts can rely on
    /// FullyQualifiedErrorId rather than SDK exception type names.
    /// </summary>
    public static class AwsErrorTranslator
    {
        public const string AccessDenied = "AwsAccessDenied";
        public const string Throttled = "AwsThrottled";
        public const string NotFound = "AwsNotFound";
        public const string InvalidArgument = "AwsInvalidArgument";
        public const string AlreadyExists = "AwsAlreadyExists";
        public const string ConnectionFailed = "AwsConnectionFailed";
        public const string ServiceError = "AwsServiceError";
        public const string Unexpected = "SpawnUnexpectedError";

        public static SpawnException Translate(Exception exception)
        {
            if (exception is SpawnException spawn)
            {
                return spawn;
            }
            if (exception is AggregateException aggregate && aggregate.InnerExceptions.Count == 1)
            {
                return Translate(aggregate.InnerExceptions[0]);
            }
            if (exception is OperationCanceledException)
            {
                return new SpawnException("OperationStopped", SpawnErrorKind.OperationStopped, "The operation was stopped.", exception);
            }
            if (exception is AmazonServiceException service && !string.IsNullOrEmpty(service.ErrorCode))
            {
                var (id, kind) = Classify(service.ErrorCode, (int)service.StatusCode);
                return new SpawnException(id, kind,
                    $"AWS refused the request: {service.Message} ({service.ErrorCode}, request id {(string.IsNullOrEmpty(service.RequestId) ? "unknown" : service.RequestId)}).",
                    exception)
                {
                    AwsErrorCode = service.ErrorCode,
                    AwsRequestId = service.RequestId,
                };
            }
            if (exception is AmazonClientException || exception is HttpRequestException
                || exception is AmazonServiceException)
            {
                return new SpawnException(ConnectionFailed, SpawnErrorKind.ConnectionError,
                    $"Could not reach AWS: {exception.Message}", exception);
            }
            return new SpawnException(Unexpected, SpawnErrorKind.InvalidOperation, exception.Message, exception);
        }

        /// <summary>The stable error id and kind for an AWS error code.</summary>
        public static (string ErrorId, SpawnErrorKind Kind) Classify(string code, int statusCode)
        {
            if (code.StartsWith("AccessDenied", StringComparison.Ordinal) || code == "UnauthorizedOperation"
                || code == "AuthFailure" || code == "InvalidClientTokenId" || code == "SignatureDoesNotMatch"
                || code == "ExpiredToken" || code == "UnrecognizedClientException" || statusCode == 403)
            {
                return (AccessDenied, SpawnErrorKind.PermissionDenied);
            }
            if (code.StartsWith("Throttl", StringComparison.Ordinal) || code == "RequestLimitExceeded"
                || code == "TooManyRequestsException" || code == "PriorRequestNotComplete" || statusCode == 429)
            {
                return (Throttled, SpawnErrorKind.LimitsExceeded);
            }
            if (code.EndsWith("NotFound", StringComparison.Ordinal) || code.StartsWith("NoSuch", StringComparison.Ordinal)
                || code == "ResourceNotFoundException" || code == "NotFoundException" || statusCode == 404)
            {
                return (NotFound, SpawnErrorKind.ObjectNotFound);
            }
            if (code.Contains("AlreadyExists") || code.Contains("Duplicate") || code == "EntityAlreadyExists"
                || code == "HostedZoneAlreadyExists")
            {
                return (AlreadyExists, SpawnErrorKind.ResourceExists);
            }
            if (code.StartsWith("Invalid", StringComparison.Ordinal) || code.StartsWith("Validation", StringComparison.Ordinal)
                || code.StartsWith("Malformed", StringComparison.Ordinal) || code == "MissingParameter"
                || code == "UnknownParameter" || code == "ValidationError")
            {
                return (InvalidArgument, SpawnErrorKind.InvalidArgument);
            }
            return (ServiceError, SpawnErrorKind.InvalidOperation);
        }
    }
}
