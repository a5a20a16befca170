using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.CloudWatchLogs
{
    /// <summary>The log group or stream to create exists already (the sink creates them on first use and ignores this).</summary>
    public sealed class ResourceAlreadyExistsException : AwsServiceException
    {
        internal const string ErrorCodeValue = "ResourceAlreadyExistsException";

        public ResourceAlreadyExistsException(AwsErrorDetails details)
            : base(details)
        {
        }
    }
}
