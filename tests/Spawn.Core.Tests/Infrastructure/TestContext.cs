using System.Collections.Generic;
using Spawn.Aws;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>Builds an AwsContext pointed at the test moto server with its fixed test credentials.</summary>
    public static class TestContext
    {
        public static AwsContext For(MotoServer moto, string region = MotoServer.Region)
        {
            var layer = new AwsSettings("test")
            {
                Region = region,
                AccessKey = MotoServer.AccessKey,
                SecretKey = MotoServer.SecretKey,
                EndpointUrl = moto.Endpoint,
            };
            return new AwsContextResolver(environment: _ => null).Resolve(new List<AwsSettings> { layer });
        }
    }
}
