using Spawn.Aws;
using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>The hosted zone id does not name a zone in this account.</summary>
    public sealed class NoSuchHostedZoneException : AwsServiceException
    {
        internal const string ErrorCodeValue = "NoSuchHostedZone";

        public NoSuchHostedZoneException(AwsErrorDetails details)
            : base(details)
        {
        }
    }
}
