using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>The IAM entity (role, policy, instance profile...) does not exist.</summary>
    public sealed class NoSuchEntityException : AwsServiceException
    {
        internal const string ErrorCodeValue = "NoSuchEntity";

        public NoSuchEntityException(AwsErrorDetails details)
            : base(details)
        {
        }
    }
}
