using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Spawn.CloudWatchLogs;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.CloudWatchLogs
{
    /// <summary>Spawn's CloudWatch Logs client (AWS JSON 1.1 on AWSSDK.Core's pipeline) against moto and the CLI.</summary>
    [Collection(MotoCollection.Name)]
    public sealed class CloudWatchLogsClientTests
    {
        private readonly MotoServer _moto;

        public CloudWatchLogsClientTests(MotoServer moto)
        {
            _moto = moto;
        }

        [Fact]
        public async Task GroupStreamAndEvents_CreatedByTheClient_AreReadByTheCli()
        {
            using var context = TestContext.For(_moto);
            var group = "spawn-client-" + Guid.NewGuid().ToString("N");
            var logs = context.CloudWatchLogs;

            var created = await logs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = group }, CancellationToken.None);
            await logs.CreateLogStreamAsync(new CreateLogStreamRequest { LogGroupName = group, LogStreamName = "s1" }, CancellationToken.None);
            var put = new PutLogEventsRequest { LogGroupName = group, LogStreamName = "s1" };
            put.LogEvents.Add(new InputLogEvent(DateTime.UtcNow, "first \"quoted\" é"));
            put.LogEvents.Add(new InputLogEvent(DateTime.UtcNow.AddMilliseconds(5), "second"));
            await logs.PutLogEventsAsync(put, CancellationToken.None);

            Assert.False(string.IsNullOrEmpty(created.ResponseMetadata.RequestId));
            var groups = AwsCli.Json(_moto, "logs", "describe-log-groups", "--log-group-name-prefix", group).GetProperty("logGroups");
            Assert.Equal(group, groups[0].GetProperty("logGroupName").GetString());
            var messages = AwsCli.Json(_moto, "logs", "get-log-events", "--log-group-name", group, "--log-stream-name", "s1", "--start-from-head")
                .GetProperty("events").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToArray();
            Assert.Equal(new[] { "first \"quoted\" é", "second" }, messages);
        }

        [Fact]
        public async Task CreatingAnExistingGroup_ThrowsTheTypedError()
        {
            using var context = TestContext.For(_moto);
            var group = "spawn-client-" + Guid.NewGuid().ToString("N");
            await context.CloudWatchLogs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = group }, CancellationToken.None);

            var error = await Assert.ThrowsAsync<ResourceAlreadyExistsException>(() =>
                context.CloudWatchLogs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = group }, CancellationToken.None));
            Assert.Equal("ResourceAlreadyExistsException", error.Code);
        }

        [Fact]
        public async Task PuttingToAMissingGroup_ThrowsAnAwsErrorWithCodeAndMessage()
        {
            using var context = TestContext.For(_moto);
            var put = new PutLogEventsRequest { LogGroupName = "spawn-missing-" + Guid.NewGuid().ToString("N"), LogStreamName = "s" };
            put.LogEvents.Add(new InputLogEvent(DateTime.UtcNow, "x"));

            var error = await Assert.ThrowsAsync<Spawn.Aws.AwsServiceException>(() => context.CloudWatchLogs.PutLogEventsAsync(put, CancellationToken.None));
            Assert.Equal("ResourceNotFoundException", error.Code);
            Assert.False(string.IsNullOrEmpty(error.Message));
        }

        [Theory]
        [InlineData("eu-west-1", "https://logs.eu-west-1.amazonaws.com")]
        [InlineData("ap-southeast-2", "https://logs.ap-southeast-2.amazonaws.com")]
        [InlineData("cn-north-1", "https://logs.cn-north-1.amazonaws.com.cn")]
        public void WithoutAnOverride_TheClientGoesToItsRegionsEndpoint_SignedForThatRegion(string region, string url)
        {
            var config = new CloudWatchLogsConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region) };

            var endpoint = config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new CreateLogGroupRequest()));

            Assert.Equal(url, endpoint.URL);
            var scheme = (PropertyBag)((System.Collections.IList)endpoint.Attributes["authSchemes"])[0]!;
            Assert.Equal("logs", scheme["signingName"]);
            Assert.Equal(region, scheme["signingRegion"]);
        }

        [Fact]
        public void ContextConfiguresTheClient_ForItsOwnRegion()
        {
            using var context = TestContext.For(_moto, "eu-central-1");
            var config = context.Configure(new CloudWatchLogsConfig(), Spawn.Aws.AwsService.CloudWatchLogs);
            Assert.Equal("eu-central-1", config.AuthenticationRegion);
            Assert.Equal(_moto.Endpoint + "/", config.ServiceURL);
        }
    }
}
