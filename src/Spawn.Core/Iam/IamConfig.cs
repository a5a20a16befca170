using Spawn.Aws.Sdk;

namespace Spawn.Iam
{
    /// <summary>IAM (Query protocol, API 2010-05-08): one global endpoint, SigV4 service name "iam".</summary>
    public sealed class IamConfig : GlobalServiceConfig
    {
        public IamConfig()
            : base("IAM", "iam", IamRequest.ApiVersion)
        {
        }
    }
}
