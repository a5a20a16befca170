using Spawn.Aws.Sdk;

namespace Spawn.Aws
{
    /// <summary>AWS refused the call because of its rate limit. The SDK retries these; this surfaces when retries ran out.</summary>
    public sealed class ThrottlingException : AwsServiceException
    {
        internal const string ErrorCodeValue = "Throttling";

        public ThrottlingException(AwsErrorDetails details)
            : base(details)
        {
        }
    }
}
