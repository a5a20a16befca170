using System.Collections.Generic;
using Spawn.Aws;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>Builds an AwsContext pointed at the test moto server (or nowhere) with its fixed test credentials.</summary>
    public static class TestContext
    {
        public static AwsContext For(MotoServer moto, string region = MotoServer.Region) => At(moto.Endpoint, region);

        /// <summary>A context whose every service is a closed loopback port: each call fails to connect.</summary>
        public static AwsContext Unreachable() => At("http://127.0.0.1:" + MotoServer.FreePort(), MotoServer.Region);

        /// <summary>
        /// One service to <paramref name="endpoint"/> (a fake, for what moto does not serve) through its
        /// AWS_ENDPOINT_URL_&lt;SERVICE&gt; variable, every other service to moto through AWS_ENDPOINT_URL.
        /// </summary>
        public static AwsContext Split(MotoServer moto, AwsService service, string endpoint, string region = MotoServer.Region)
        {
            var environment = new Dictionary<string, string>
            {
                ["AWS_ENDPOINT_URL"] = moto.Endpoint,
                ["AWS_ENDPOINT_URL_" + AwsServiceNames.EndpointVariableSuffix(service)] = endpoint,
            };
            return new AwsContextResolver(environment: n => environment.TryGetValue(n, out var v) ? v : null).Resolve(new List<AwsSettings>
            {
                new AwsSettings("test") { Region = region, AccessKey = MotoServer.AccessKey, SecretKey = MotoServer.SecretKey },
            });
        }

        private static AwsContext At(string endpoint, string region)
        {
            var layer = new AwsSettings("test")
            {
                Region = region,
                AccessKey = MotoServer.AccessKey,
                SecretKey = MotoServer.SecretKey,
                EndpointUrl = endpoint,
            };
            return new AwsContextResolver(environment: _ => null).Resolve(new List<AwsSettings> { layer });
        }
    }
}
