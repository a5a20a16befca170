using Spawn.Aws.Sdk;

namespace Spawn.Sns
{
    /// <summary>SNS (Query protocol, API 2010-03-31): regional endpoints, SigV4 service name "sns".</summary>
    public sealed class SnsConfig : RegionalServiceConfig
    {
        internal const string ApiVersion = "2010-03-31";

        public SnsConfig()
            : base("SNS", "sns", ApiVersion)
        {
        }
    }
}
