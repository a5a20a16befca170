using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;
using Spawn.Security;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Alerts
{
    /// <summary>
    /// The safe webhook sender. Refusals are proven with the loopback allowance off and with a resolver and connector
    /// that record every call: a refused URL causes no connection at all. Deliveries go only to a local HTTPS receiver.
    /// </summary>
    public sealed class WebhookSenderTests : IDisposable
    {
        private const string Json = "{\"alert\":\"test\"}";
        private const string Token = "T0KEN-in-the-path-8d1f";

        private readonly HttpsReceiver _receiver = new HttpsReceiver();
        private readonly ConcurrentQueue<string> _lookups = new ConcurrentQueue<string>();
        private readonly ConcurrentQueue<IPAddress> _connections = new ConcurrentQueue<IPAddress>();
        private readonly RecordingLog _log = new RecordingLog();

        public void Dispose() => _receiver.Dispose();

        public static IEnumerable<object[]> NonPublicLiterals() => new[]
        {
            "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1", "100.64.0.1", "100.127.255.254", "127.0.0.1",
            "127.8.8.8", "169.254.169.254", "169.254.0.1", "0.0.0.0", "224.0.0.251", "255.255.255.255", "192.0.2.10",
            "[::1]", "[::]", "[fe80::1]", "[fc00::1]", "[fd00:ec2::254]", "[ff02::1]", "[::ffff:169.254.169.254]",
            "[::ffff:10.0.0.1]", "[::ffff:127.0.0.1]", "[64:ff9b::a9fe:a9fe]", "[2001:db8::1]",
        }.Select(host => new object[] { host });

        [Fact]
        public async Task RefusesPlainHttp_BeforeAnyLookupOrConnection()
        {
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender(allowLoopback: true).SendAsync($"http://hooks.example.com/services/{Token}", Json, CancellationToken.None));
            Assert.Equal("AlertWebhookNotHttps", e.ErrorId);
            Assert.DoesNotContain(Token, e.Message);
            Assert.Contains("http://hooks.example.com/***", e.Message);
            Assert.Empty(_lookups);
            Assert.Empty(_connections);
        }

        [Theory]
        [MemberData(nameof(NonPublicLiterals))]
        public async Task RefusesNonPublicAddresses_BeforeAnyConnection(string host)
        {
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender().SendAsync($"https://{host}/hook/{Token}", Json, CancellationToken.None));
            Assert.Equal("AlertWebhookAddressRefused", e.ErrorId);
            Assert.Equal(SpawnErrorKind.SecurityError, e.Kind);
            Assert.DoesNotContain(Token, e.Message);
            Assert.Empty(_connections);
        }

        [Fact]
        public async Task RefusesHostNamesThatResolveToTheMetadataService()
        {
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender(resolveTo: IPAddress.Parse("169.254.169.254")).SendAsync($"https://metadata.example.com/{Token}", Json, CancellationToken.None));
            Assert.Equal("AlertWebhookAddressRefused", e.ErrorId);
            Assert.Contains("instance metadata", e.Message);
            Assert.Equal(new[] { "metadata.example.com" }, _lookups);
            Assert.Empty(_connections);
        }

        [Fact]
        public async Task RefusesWhenAnyResolvedAddressIsNotPublic()
        {
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender(resolveTo: new[] { IPAddress.Parse("93.184.215.14"), IPAddress.Parse("10.0.0.7") })
                    .SendAsync("https://mixed.example.com/hook", Json, CancellationToken.None));
            Assert.Equal("AlertWebhookAddressRefused", e.ErrorId);
            Assert.Empty(_connections);
        }

        [Fact]
        public async Task LoopbackIsRefusedWithoutTheTestAllowance()
        {
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender(allowLoopback: false, realConnections: true).SendAsync(_receiver.Url($"/hook/{Token}"), Json, CancellationToken.None));
            Assert.Equal("AlertWebhookAddressRefused", e.ErrorId);
            Assert.Equal(0, _receiver.Connections);
        }

        [Fact]
        public void TestAllowancesAreNotPublic()
        {
            Assert.Null(typeof(WebhookSenderOptions).GetProperty("AllowLoopback"));
            Assert.Null(typeof(WebhookSenderOptions).GetProperty("TrustedTestCertificate"));
        }

        [Fact]
        public async Task DeliversOverHttpsToTheLocalReceiverWithTheTestAllowance()
        {
            await Sender(allowLoopback: true, realConnections: true).SendAsync(_receiver.Url($"/hook/{Token}"), Json, CancellationToken.None);
            var request = Assert.Single(_receiver.Requests);
            Assert.Equal($"POST /hook/{Token}", request.RequestLine);
            Assert.Equal(Json, request.Body);
        }

        [Fact]
        public async Task ConnectsToTheCheckedAddress_WithoutASecondLookup()
        {
            // A rebinding resolver: loopback on the first lookup, the metadata service on any later one.
            var answers = new Queue<IPAddress>(new[] { IPAddress.Loopback, IPAddress.Parse("169.254.169.254") });
            var sender = new WebhookSender(Options(allowLoopback: true), _log,
                (host, _) => { _lookups.Enqueue(host); return Task.FromResult(new[] { answers.Dequeue() }); },
                RecordingConnect(real: true));
            await sender.SendAsync($"https://rebind.example.com:{_receiver.Port}/hook", Json, CancellationToken.None);
            Assert.Single(_lookups);
            Assert.Equal(new[] { IPAddress.Loopback }, _connections);
            Assert.Single(_receiver.Requests);
        }

        [Fact]
        public async Task RedirectIsAFailure_AndItsLocationIsNeverFetched()
        {
            _receiver.Reply(302, location: "https://169.254.169.254/latest/meta-data/iam/security-credentials/");
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender(allowLoopback: true, realConnections: true).SendAsync(_receiver.Url("/hook"), Json, CancellationToken.None));
            Assert.Equal("AlertWebhookRedirectRefused", e.ErrorId);
            Assert.Equal(new[] { IPAddress.Loopback }, _connections);
            Assert.Single(_receiver.Requests);
            Assert.DoesNotContain("169.254", e.Message);
        }

        [Fact]
        public async Task RetriesServerErrorsWithBackoff_ThenSucceeds()
        {
            _receiver.Reply(500);
            _receiver.Reply(503);
            await Sender(allowLoopback: true, realConnections: true).SendAsync(_receiver.Url("/hook"), Json, CancellationToken.None);
            Assert.Equal(3, _receiver.Requests.Count);
            Assert.Equal(2, _log.Messages.Count(m => m.Contains("Trying again", StringComparison.Ordinal)));
        }

        [Fact]
        public async Task ClientErrorsAreNotRetried()
        {
            _receiver.Reply(404);
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender(allowLoopback: true, realConnections: true).SendAsync(_receiver.Url("/hook"), Json, CancellationToken.None));
            Assert.Equal("AlertWebhookRejected", e.ErrorId);
            Assert.Single(_receiver.Requests);
        }

        [Fact]
        public async Task TimeOutsAreRetried_ThenReported()
        {
            _receiver.Reply(200, hang: true);
            _receiver.Reply(200, hang: true);
            var options = Options(allowLoopback: true);
            options.MaxAttempts = 2;
            options.AttemptTimeout = TimeSpan.FromMilliseconds(700);
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                new WebhookSender(options, _log, NoLookup, RecordingConnect(real: true)).SendAsync(_receiver.Url("/hook"), Json, CancellationToken.None));
            Assert.Equal("AlertWebhookTimedOut", e.ErrorId);
            Assert.Equal(2, _receiver.Requests.Count);
        }

        [Fact]
        public async Task ResponseBodyAndUrlTokenNeverAppearInErrorsOrLog()
        {
            const string body = "BODY-SECRET-do-not-log";
            for (var i = 0; i < 3; i++)
            {
                _receiver.Reply(500, body);
            }
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender(allowLoopback: true, realConnections: true).SendAsync(_receiver.Url($"/hook/{Token}?key={Token}"), Json, CancellationToken.None));
            Assert.Equal("AlertWebhookServerError", e.ErrorId);
            var everything = e.ToString() + string.Join("\n", _log.Messages);
            Assert.DoesNotContain(body, everything);
            Assert.DoesNotContain(Token, everything);
            Assert.Contains(Masking.MaskUrl(_receiver.Url("/")), everything);
        }

        [Fact]
        public async Task UnreachableHostErrorShowsOnlyTheMaskedUrl()
        {
            var closed = MotoServer.FreePort();
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender(allowLoopback: true, realConnections: true).SendAsync($"https://127.0.0.1:{closed}/hook/{Token}", Json, CancellationToken.None));
            Assert.Equal("AlertWebhookUnreachable", e.ErrorId);
            Assert.DoesNotContain(Token, e.ToString());
            Assert.Null(e.InnerException);
        }

        [Fact]
        public async Task RefusesCredentialsBeforeTheHost()
        {
            var e = await Assert.ThrowsAsync<SpawnException>(() =>
                Sender().SendAsync($"https://user:{Token}@hooks.example.com/x", Json, CancellationToken.None));
            Assert.Equal("AlertWebhookInvalidUrl", e.ErrorId);
            Assert.DoesNotContain(Token, e.Message);
            Assert.Empty(_lookups);
        }

        private WebhookSender Sender(bool allowLoopback = false, bool realConnections = false, params IPAddress[] resolveTo) =>
            new WebhookSender(Options(allowLoopback), _log,
                (host, _) => { _lookups.Enqueue(host); return Task.FromResult(resolveTo); },
                RecordingConnect(realConnections));

        private WebhookSender Sender(IPAddress resolveTo) => Sender(false, false, resolveTo);

        private WebhookSenderOptions Options(bool allowLoopback) => new WebhookSenderOptions
        {
            AllowLoopback = allowLoopback,
            TrustedTestCertificate = _receiver.Certificate,
            RetryDelay = TimeSpan.FromMilliseconds(20),
        };

        private Task<IPAddress[]> NoLookup(string host, CancellationToken token) => throw new InvalidOperationException("no lookup expected");

        private Func<IReadOnlyList<IPAddress>, int, CancellationToken, Task<Stream>> RecordingConnect(bool real) =>
            (addresses, port, token) =>
            {
                foreach (var a in addresses)
                {
                    _connections.Enqueue(a);
                }
                return real ? WebhookSender.ConnectAsync(addresses, port, token) : throw new InvalidOperationException("no connection expected");
            };
    }
}
