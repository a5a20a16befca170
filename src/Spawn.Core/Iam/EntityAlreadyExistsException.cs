using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>An IAM entity (role, instance profile...) with that name already exists.</summary>
    public sealed class EntityAlreadyExistsException : AwsServiceException
    {
        internal const string ErrorCodeValue = "EntityAlreadyExists";

        public EntityAlreadyExistsException(AwsErrorDetails details)
            : base(details)
        {
        }
    }
}
