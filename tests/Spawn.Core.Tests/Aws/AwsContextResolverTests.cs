using System.Collections.Generic;
using System.IO;
using Spawn.Aws;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Aws
{
    public class AwsContextResolverTests
    {
        private static AwsContext Resolve(Dictionary<string, string> env, params AwsSettings[] layers) =>
            new AwsContextResolver(environment: name => env.TryGetValue(name, out var v) ? v : null).Resolve(layers);

        private static readonly Dictionary<string, string> NoImds = new Dictionary<string, string>
        {
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
        };

        private static Dictionary<string, string> Env(params (string, string)[] pairs)
        {
            var env = new Dictionary<string, string>(NoImds);
            foreach (var (k, v) in pairs)
            {
                env[k] = v;
            }
            return env;
        }

        [Fact]
        public void Parameters_WinOverDefaultsAndEnvironment()
        {
            var context = Resolve(Env(("AWS_REGION", "eu-west-1"), ("AWS_ACCESS_KEY_ID", "AKIAENV"), ("AWS_SECRET_ACCESS_KEY", "envsecret")),
                new AwsSettings("parameter") { Region = "us-west-2", AccessKey = "AKIAPARAM", SecretKey = "paramsecret" },
                new AwsSettings("Set-SpawnDefault") { Region = "ap-south-1" });
            Assert.Equal("us-west-2", context.RegionName);
            Assert.Equal("AKIAPARAM", context.Credentials.GetCredentials().AccessKey);
            Assert.Equal("access keys (parameter)", context.CredentialSource);
        }

        [Fact]
        public void LaterLayers_FillWhatEarlierOnesLack()
        {
            var context = Resolve(Env(),
                new AwsSettings("parameter") { Region = "us-west-2" },
                new AwsSettings("Set-SpawnDefault") { AccessKey = "AKIADEFAULT", SecretKey = "s", EndpointUrl = "http://127.0.0.1:1" });
            Assert.Equal("us-west-2", context.RegionName);
            Assert.Equal("access keys (Set-SpawnDefault)", context.CredentialSource);
            Assert.Equal("Set-SpawnDefault", context.EndpointFor(AwsService.Ec2)!.Source);
        }

        [Fact]
        public void Environment_ServiceSpecificEndpointWinsOverGlobal()
        {
            var context = Resolve(Env(("AWS_REGION", "eu-west-1"), ("AWS_ACCESS_KEY_ID", "AKIAENV"), ("AWS_SECRET_ACCESS_KEY", "s"),
                ("AWS_ENDPOINT_URL", "http://127.0.0.1:1"), ("AWS_ENDPOINT_URL_ROUTE_53", "http://127.0.0.1:2")));
            Assert.Equal("http://127.0.0.1:1", context.EndpointFor(AwsService.Ec2)!.ToString());
            Assert.Equal("http://127.0.0.1:2", context.EndpointFor(AwsService.Route53)!.ToString());
            Assert.Equal("environment AWS_REGION", Assert.Single(context.Provenance, p => p.Setting == "Region").Source);
            Assert.Equal("environment AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY", context.CredentialSource);
        }

        [Fact]
        public void Environment_SessionTokenMakesSessionCredentials()
        {
            var context = Resolve(Env(("AWS_DEFAULT_REGION", "eu-west-1"), ("AWS_ACCESS_KEY_ID", "ASIAENV"),
                ("AWS_SECRET_ACCESS_KEY", "s"), ("AWS_SESSION_TOKEN", "token")));
            Assert.Equal("token", context.Credentials.GetCredentials().Token);
            Assert.Equal("eu-west-1", context.RegionName);
        }

        [Fact]
        public void Profile_FromSharedFiles_GivesCredentialsAndRegion()
        {
            var dir = Directory.CreateTempSubdirectory("spawn-profile").FullName;
            var credentials = Path.Combine(dir, "credentials");
            File.WriteAllText(credentials, "[dev]\naws_access_key_id = AKIAPROFILE\naws_secret_access_key = s\nregion = eu-north-1\n");
            var context = Resolve(Env(), new AwsSettings("parameter") { ProfileName = "dev", ProfileLocation = credentials });
            Assert.Equal("AKIAPROFILE", context.Credentials.GetCredentials().AccessKey);
            Assert.Equal("eu-north-1", context.RegionName);
            Assert.Equal("profile 'dev' (parameter)", context.CredentialSource);
        }

        [Fact]
        public void MissingProfile_IsObjectNotFound()
        {
            var e = Assert.Throws<SpawnException>(() => Resolve(Env(), new AwsSettings("parameter") { ProfileName = "missing", Region = "us-east-1" }));
            Assert.Equal("AwsProfileNotFound", e.ErrorId);
            Assert.Equal(SpawnErrorKind.ObjectNotFound, e.Kind);
        }

        [Fact]
        public void NoCredentialsAnywhere_IsAClearError()
        {
            var e = Assert.Throws<SpawnException>(() => Resolve(Env(("AWS_REGION", "us-east-1"))));
            Assert.Equal("AwsNoCredentials", e.ErrorId);
        }

        [Fact]
        public void NoRegionAnywhere_IsAClearError()
        {
            var e = Assert.Throws<SpawnException>(() => Resolve(Env(), new AwsSettings("parameter") { AccessKey = "AKIA", SecretKey = "s" }));
            Assert.Equal("AwsNoRegion", e.ErrorId);
        }

        [Theory]
        [InlineData("us east 1")]
        [InlineData("US-EAST-1")]
        [InlineData("useast1")]
        [InlineData("us-east-1; rm -rf /")]
        [InlineData("us-east-1\n")]
        public void MalformedRegion_IsRejected(string region)
        {
            var e = Assert.Throws<SpawnValidationException>(() => Resolve(Env(), new AwsSettings("parameter") { Region = region }));
            Assert.Equal("AwsInvalidRegion", e.ErrorId);
        }

        [Theory]
        [InlineData("ftp://127.0.0.1")]
        [InlineData("not a url")]
        [InlineData("http://user:pass@127.0.0.1")]
        [InlineData("http://127.0.0.1/?x=1")]
        public void MalformedEndpoint_IsRejected(string url)
        {
            var e = Assert.Throws<SpawnValidationException>(() => Resolve(Env(), new AwsSettings("parameter") { EndpointUrl = url }));
            Assert.Equal("AwsInvalidEndpointUrl", e.ErrorId);
        }

        [Fact]
        public void AccessKeyWithoutSecret_IsRejected()
        {
            var e = Assert.Throws<SpawnValidationException>(() => Resolve(Env(), new AwsSettings("parameter") { AccessKey = "AKIA" }));
            Assert.Equal("AwsIncompleteKeys", e.ErrorId);
        }

        [Theory]
        [InlineData("http://127.0.0.1:5000", false)]
        [InlineData("http://localhost:5000", false)]
        [InlineData("http://[::1]:5000", false)]
        [InlineData("https://example.com", false)]
        [InlineData("http://example.com", true)]
        public void PlainHttpToAnotherHost_IsInsecure(string url, bool insecure)
        {
            Assert.Equal(insecure, EndpointUrl.Parse(url, "test").IsInsecure);
        }

        [Fact]
        public void DebugLog_NamesSourcesButNeverSecrets()
        {
            var log = new RecordingLog();
            new AwsContextResolver(log, name => NoImds.TryGetValue(name, out var v) ? v : null)
                .Resolve(new[] { new AwsSettings("parameter") { Region = "us-east-1", AccessKey = "AKIAXYZ", SecretKey = "TopSecretValue123", SessionToken = "TokenValue456" } });
            var all = string.Join("\n", log.Messages);
            Assert.Contains("AWS Region from parameter", all);
            Assert.Contains("AWS Credentials from access keys (parameter)", all);
            Assert.DoesNotContain("TopSecretValue123", all);
            Assert.DoesNotContain("TokenValue456", all);
        }

        [Fact]
        public void GlobalServices_AreSignedForUsEast1()
        {
            var context = Resolve(Env(), new AwsSettings("parameter") { Region = "eu-west-1", AccessKey = "AKIA", SecretKey = "s", EndpointUrl = "http://127.0.0.1:1" });
            var config = context.Configure(new Amazon.SecurityToken.AmazonSecurityTokenServiceConfig(), AwsService.Route53);
            Assert.Equal("us-east-1", config.AuthenticationRegion);
            var regional = context.Configure(new Amazon.SecurityToken.AmazonSecurityTokenServiceConfig(), AwsService.Sts);
            Assert.Equal("eu-west-1", regional.AuthenticationRegion);
            Assert.StartsWith("spawn-", regional.ClientAppId);
        }
    }
}
