using System.Collections.Generic;
using Amazon.Runtime;
using Spawn.Aws.Sdk;

namespace Spawn.Aws
{
    /// <summary>
    /// An error answer from Route 53 or IAM. It is an <see cref="AmazonServiceException"/>, so ErrorCode, RequestId
    /// and StatusCode work as for SDK errors, and the SDK's retry policy classifies it (throttling, 5xx) the same way.
    /// </summary>
    public class AwsServiceException : AmazonServiceException
    {
        public AwsServiceException(AwsErrorDetails details)
            : base(details.Message, details.InnerException, details.ErrorType, details.Code, details.RequestId, details.StatusCode)
        {
            Messages = details.Messages;
        }

        /// <summary>The AWS error code (the same as <see cref="AmazonServiceException.ErrorCode"/>).</summary>
        public string Code => ErrorCode;

        /// <summary>Every message in the error body.</summary>
        public IReadOnlyList<string> Messages { get; }

        /// <summary>The error the common codes map to; services add their own codes on top.</summary>
        internal static AwsServiceException Create(AwsErrorDetails details) =>
            details.Code == ThrottlingException.ErrorCodeValue ? new ThrottlingException(details) : new AwsServiceException(details);
    }
}
