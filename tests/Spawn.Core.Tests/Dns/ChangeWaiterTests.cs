using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Diagnostics;
using Spawn.Dns.Records;
using Spawn.Route53;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Dns
{
    /// <summary>-Wait's polling, against a local fake: moto reports every change INSYNC at once, so PENDING needs the fake.</summary>
    public sealed class ChangeWaiterTests
    {
        [Fact]
        public async Task PollsGetChangeUntilInSyncAndReportsProgress()
        {
            using var fake = new FakeAwsEndpoint();
            fake.Answer(200, "<GetChangeResponse><ChangeInfo><Id>/change/C9</Id><Status>PENDING</Status></ChangeInfo></GetChangeResponse>");
            fake.Answer(200, "<GetChangeResponse><ChangeInfo><Id>/change/C9</Id><Status>INSYNC</Status></ChangeInfo></GetChangeResponse>");
            using var context = fake.Context();
            var log = new RecordingLog();

            var done = await new ChangeWaiter(context.Route53, log, TimeSpan.FromMilliseconds(10))
                .WaitAsync(new ChangeInfo { Id = "/change/C9", Status = ChangeInfo.Pending }, TimeSpan.FromSeconds(30), "test", CancellationToken.None);

            Assert.Equal(ChangeInfo.InSync, done.Status);
            Assert.Equal(new[] { "/2013-04-01/change/C9", "/2013-04-01/change/C9" }, fake.Requests.Select(r => r.Path));
            Assert.True(log.Progress.Count >= 2);
            Assert.True(log.Progress.Last().Completed);
        }

        [Fact]
        public async Task TimesOutWithItsOwnErrorId()
        {
            using var fake = new FakeAwsEndpoint();
            for (var i = 0; i < 20; i++)
            {
                fake.Answer(200, "<GetChangeResponse><ChangeInfo><Id>/change/C8</Id><Status>PENDING</Status></ChangeInfo></GetChangeResponse>");
            }
            using var context = fake.Context();

            var error = await Assert.ThrowsAsync<SpawnException>(() => new ChangeWaiter(context.Route53, NullOperationLog.Instance, TimeSpan.FromMilliseconds(20))
                .WaitAsync(new ChangeInfo { Id = "C8", Status = ChangeInfo.Pending }, TimeSpan.FromMilliseconds(100), "test", CancellationToken.None));

            Assert.Equal(ChangeWaiter.TimedOut, error.ErrorId);
        }

        [Fact]
        public async Task CancellationStopsTheWait()
        {
            using var fake = new FakeAwsEndpoint();
            using var context = fake.Context();
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ChangeWaiter(context.Route53, NullOperationLog.Instance, TimeSpan.FromSeconds(30))
                .WaitAsync(new ChangeInfo { Id = "C7", Status = ChangeInfo.Pending }, TimeSpan.FromMinutes(5), "test", cancel.Token));
            Assert.Empty(fake.Requests);
        }

        private sealed class RecordingLog : IOperationLog
        {
            public List<OperationProgress> Progress { get; } = new List<OperationProgress>();
            public void Debug(string message) { }
            public void Verbose(string message) { }
            public void Warning(string message) { }
            void IOperationLog.Progress(OperationProgress progress) => Progress.Add(progress);
        }
    }
}
