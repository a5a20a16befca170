using System;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Iam;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Iam
{
    /// <summary>
    /// moto cannot be made to throttle, so these run against a local fake endpoint answering IAM's throttling error.
    /// They check that the SDK's standard retry mode applies to Spawn's own clients and that cancellation stops it.
    /// </summary>
    public sealed class IamRetryTests
    {
        private const string Throttled = @"<ErrorResponse xmlns=""https://iam.amazonaws.com/doc/2010-05-08/"">
  <Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>
  <RequestId>throttled-request</RequestId>
</ErrorResponse>";

        private const string Role = @"<GetRoleResponse xmlns=""https://iam.amazonaws.com/doc/2010-05-08/"">
  <GetRoleResult><Role><Path>/</Path><RoleName>r1</RoleName><RoleId>AROA1</RoleId>
    <Arn>arn:aws:iam::123456789012:role/r1</Arn><CreateDate>2024-05-01T10:00:00Z</CreateDate>
    <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%7D</AssumeRolePolicyDocument></Role></GetRoleResult>
  <ResponseMetadata><RequestId>ok-request</RequestId></ResponseMetadata>
</GetRoleResponse>";

        [Fact]
        public async Task ThrottlingIsRetriedUntilSuccess()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(400, Throttled);
            fake.Answer(400, Throttled);
            fake.Answer(200, Role);
            using var context = fake.Context();

            var response = await context.Iam.GetRoleAsync(new GetRoleRequest { RoleName = "r1" }, CancellationToken.None);

            Assert.Equal("r1", response.Role.RoleName);
            Assert.Equal("{\"Version\":\"2012-10-17\"}", response.Role.AssumeRolePolicyDocument);
            Assert.Equal(3, fake.Requests.Count);
            foreach (var request in fake.Requests)
            {
                Assert.Equal("POST", request.Method);
                Assert.Equal("/", request.Path);
                Assert.Equal("Action=GetRole&RoleName=r1&Version=2010-05-08", Sorted(request.Body));
                SigV4Check.AssertSigned(request, "us-east-1", "iam");
            }
        }

        [Fact]
        public async Task ThrottlingSurfacesAsTypedErrorWhenRetriesRunOut()
        {
            using var fake = new FakeAwsEndpoint();
            for (var i = 0; i < 10; i++)
            {
                fake.Answer(400, Throttled);
            }
            using var context = fake.Context();

            var error = await Assert.ThrowsAsync<ThrottlingException>(
                () => context.Iam.GetRoleAsync(new GetRoleRequest { RoleName = "r1" }, CancellationToken.None));

            Assert.Equal("Throttling", error.ErrorCode);
            Assert.Equal("fake-5", error.RequestId);
            // AwsContext configures MaxErrorRetry = 4: one attempt and four retries.
            Assert.Equal(5, fake.Requests.Count);
        }

        [Fact]
        public async Task CancellationStopsRetrying()
        {
            using var fake = new FakeAwsEndpoint();
            for (var i = 0; i < 10; i++)
            {
                fake.Answer(400, Throttled);
            }
            using var context = fake.Context();
            using var cancel = new CancellationTokenSource();
            fake.OnRequest = _ => cancel.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => context.Iam.GetRoleAsync(new GetRoleRequest { RoleName = "r1" }, cancel.Token));

            Assert.Single(fake.Requests);
        }

        private static string Sorted(string form)
        {
            var pairs = form.Split('&');
            Array.Sort(pairs, StringComparer.Ordinal);
            return string.Join("&", pairs);
        }
    }
}
