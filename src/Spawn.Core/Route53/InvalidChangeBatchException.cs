using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>
    /// Route 53 rejected a change batch as a whole; <see cref="AwsServiceException.Messages"/> holds one message per
    /// rejected change (for example a DELETE of a record that does not exist).
    /// </summary>
    public sealed class InvalidChangeBatchException : AwsServiceException
    {
        internal const string ErrorCodeValue = "InvalidChangeBatch";

        public InvalidChangeBatchException(AwsErrorDetails details)
            : base(details)
        {
        }
    }
}
