using System.Net;
using Amazon.Runtime;
using Spawn.Aws;
using Xunit;

namespace Spawn.Tests.Aws
{
    public class AwsErrorTranslatorTests
    {
        [Theory]
        [InlineData("AccessDenied", 403, "AwsAccessDenied", SpawnErrorKind.PermissionDenied)]
        [InlineData("UnauthorizedOperation", 400, "AwsAccessDenied", SpawnErrorKind.PermissionDenied)]
        [InlineData("Throttling", 400, "AwsThrottled", SpawnErrorKind.LimitsExceeded)]
        [InlineData("RequestLimitExceeded", 503, "AwsThrottled", SpawnErrorKind.LimitsExceeded)]
        [InlineData("InvalidInstanceID.NotFound", 400, "AwsNotFound", SpawnErrorKind.ObjectNotFound)]
        [InlineData("NoSuchHostedZone", 404, "AwsNotFound", SpawnErrorKind.ObjectNotFound)]
        [InlineData("ValidationError", 400, "AwsInvalidArgument", SpawnErrorKind.InvalidArgument)]
        [InlineData("InvalidParameterValue", 400, "AwsInvalidArgument", SpawnErrorKind.InvalidArgument)]
        [InlineData("EntityAlreadyExists", 409, "AwsAlreadyExists", SpawnErrorKind.ResourceExists)]
        [InlineData("InternalError", 500, "AwsServiceError", SpawnErrorKind.InvalidOperation)]
        public void ServiceErrors_MapToStableIdsAndCategories(string code, int status, string errorId, SpawnErrorKind kind)
        {
            var aws = new AmazonServiceException("message from AWS", ErrorType.Sender, code, "req-123", (HttpStatusCode)status);
            var spawn = AwsErrorTranslator.Translate(aws);
            Assert.Equal(errorId, spawn.ErrorId);
            Assert.Equal(kind, spawn.Kind);
            Assert.Equal(code, spawn.AwsErrorCode);
            Assert.Equal("req-123", spawn.AwsRequestId);
            Assert.Contains("req-123", spawn.Message);
            Assert.Same(aws, spawn.InnerException);
        }

        [Fact]
        public void TransportFailures_AreConnectionErrors()
        {
            var spawn = AwsErrorTranslator.Translate(new System.Net.Http.HttpRequestException("connection refused"));
            Assert.Equal("AwsConnectionFailed", spawn.ErrorId);
            Assert.Equal(SpawnErrorKind.ConnectionError, spawn.Kind);
        }
    }
}
