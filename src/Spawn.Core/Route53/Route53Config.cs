using Spawn.Aws.Sdk;

namespace Spawn.Route53
{
    /// <summary>Route 53 (REST-XML, API 2013-04-01): one global endpoint, SigV4 service name "route53".</summary>
    public sealed class Route53Config : GlobalServiceConfig
    {
        public Route53Config()
            : base("Route 53", "route53", Route53Wire.ApiVersion)
        {
        }
    }
}
