using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Diagnostics;
using Spawn.Security;

namespace Spawn.Alerts
{
    /// <summary>
    /// Posts an alert to a webhook without letting the URL reach into the network Spawn runs in: HTTPS only; the host
    /// is resolved once and every address must be public (<see cref="PublicAddress"/>); the connection goes to the
    /// checked address (no second lookup, so DNS rebinding cannot swap it); redirects are failures and never followed;
    /// each attempt has a time-out; only time-outs and 5xx are retried, with doubling delays. The response body is
    /// never read, and the URL appears in messages only masked.
    /// </summary>
    public sealed class WebhookSender
    {
        private readonly WebhookSenderOptions _options;
        private readonly IOperationLog _log;
        private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;
        private readonly Func<IReadOnlyList<IPAddress>, int, CancellationToken, Task<Stream>> _connect;

        public WebhookSender(WebhookSenderOptions? options = null, IOperationLog? log = null)
            : this(options, log, ResolveAsync, ConnectAsync)
        {
        }

        /// <summary>With a resolver and a connector of the caller's (tests count lookups and connections).</summary>
        internal WebhookSender(WebhookSenderOptions? options, IOperationLog? log,
            Func<string, CancellationToken, Task<IPAddress[]>> resolve,
            Func<IReadOnlyList<IPAddress>, int, CancellationToken, Task<Stream>> connect)
        {
            _options = options ?? new WebhookSenderOptions();
            _log = log ?? NullOperationLog.Instance;
            _resolve = resolve;
            _connect = connect;
        }

        /// <summary>Posts <paramref name="json"/> and returns once a 2xx answer came; otherwise throws a <see cref="SpawnException"/>.</summary>
        public async Task SendAsync(string url, string json, CancellationToken cancellationToken)
        {
            var masked = Masking.MaskUrl(url);
            var uri = ParseHttps(url, masked);
            var addresses = await CheckedAddressesAsync(uri, masked, cancellationToken).ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                var retryable = await AttemptAsync(uri, url, masked, json, addresses, attempt, cancellationToken).ConfigureAwait(false);
                if (retryable == null)
                {
                    return;
                }
                if (attempt >= _options.MaxAttempts)
                {
                    throw retryable;
                }
                var delay = TimeSpan.FromTicks(_options.RetryDelay.Ticks << (attempt - 1));
                _log.Verbose($"{retryable.Message} Trying again in {delay.TotalSeconds:0.#} s.");
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>One attempt: null on success, the failure when it may be retried (time-out, 5xx); other failures throw.</summary>
        private async Task<SpawnException?> AttemptAsync(Uri uri, string url, string masked, string json,
            IReadOnlyList<IPAddress> addresses, int attempt, CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.AttemptTimeout);
            using var handler = PinnedHttpHandler.Create(token => _connect(addresses, uri.Port, token), _options.TrustedTestCertificate);
            using var client = new HttpClient(handler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Failure("AlertWebhookTimedOut", SpawnErrorKind.ConnectionError,
                    $"The webhook {masked} did not answer within {_options.AttemptTimeout.TotalSeconds:0.#} s (attempt {attempt}).");
            }
            catch (HttpRequestException e)
            {
                // The HTTP stack's messages can name the request; only a masked form of them is kept, and no inner exception.
                throw Failure("AlertWebhookUnreachable", SpawnErrorKind.ConnectionError,
                    $"Could not deliver to the webhook {masked}: {Masking.MaskText(Innermost(e).Message, new[] { url, uri.PathAndQuery })}");
            }
            using (response)
            {
                var status = (int)response.StatusCode;
                _log.Verbose($"Alert webhook {masked}: attempt {attempt} answered HTTP {status.ToString(CultureInfo.InvariantCulture)}.");
                if (status >= 200 && status < 300)
                {
                    return null;
                }
                if (status >= 300 && status < 400)
                {
                    throw Failure("AlertWebhookRedirectRefused", SpawnErrorKind.SecurityError,
                        $"The webhook {masked} answered with a redirect (HTTP {status}); Spawn never follows redirects, so the alert was not delivered.");
                }
                if (status >= 500)
                {
                    return Failure("AlertWebhookServerError", SpawnErrorKind.ConnectionError,
                        $"The webhook {masked} answered HTTP {status} (attempt {attempt}).");
                }
                throw Failure("AlertWebhookRejected", SpawnErrorKind.InvalidOperation,
                    $"The webhook {masked} refused the alert with HTTP {status}.");
            }
        }

        /// <summary>The URL as an absolute https:// URI without user information, or a refusal.</summary>
        internal static Uri ParseHttps(string url, string masked)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                throw Failure("AlertWebhookInvalidUrl", SpawnErrorKind.InvalidArgument, "The webhook URL is not an absolute URL.");
            }
            if (uri.Scheme != Uri.UriSchemeHttps)
            {
                throw Failure("AlertWebhookNotHttps", SpawnErrorKind.SecurityError,
                    $"The webhook {masked} is not HTTPS; Spawn sends alerts only over HTTPS.");
            }
            if (uri.UserInfo.Length > 0)
            {
                throw Failure("AlertWebhookInvalidUrl", SpawnErrorKind.InvalidArgument,
                    $"The webhook {masked} carries a user name or password before the host; put credentials in the path or query.");
            }
            return uri;
        }

        /// <summary>The host's addresses (one lookup), each of them public, or a refusal before any connection.</summary>
        internal async Task<IReadOnlyList<IPAddress>> CheckedAddressesAsync(Uri uri, string masked, CancellationToken cancellationToken)
        {
            IPAddress[] addresses;
            if (IPAddress.TryParse(uri.DnsSafeHost, out var literal))
            {
                addresses = new[] { literal };
            }
            else
            {
                try
                {
                    addresses = await _resolve(uri.DnsSafeHost, cancellationToken).ConfigureAwait(false);
                }
                catch (SocketException e)
                {
                    throw Failure("AlertWebhookUnreachable", SpawnErrorKind.ConnectionError,
                        $"The webhook host in {masked} could not be resolved ({e.SocketErrorCode}).");
                }
                if (addresses.Length == 0)
                {
                    throw Failure("AlertWebhookUnreachable", SpawnErrorKind.ConnectionError, $"The webhook host in {masked} has no addresses.");
                }
            }
            foreach (var address in addresses)
            {
                RefuseNonPublic(address, masked, _options.AllowLoopback);
            }
            return addresses;
        }

        /// <summary>
        /// The checks that need no network, for when an alert is created or changed: HTTPS, and a literal IP host must be
        /// public. Host names are resolved and checked at every send.
        /// </summary>
        public static void RefuseUnsafeUrl(string url)
        {
            var masked = Masking.MaskUrl(url);
            var uri = ParseHttps(url, masked);
            if (IPAddress.TryParse(uri.DnsSafeHost, out var literal))
            {
                RefuseNonPublic(literal, masked, allowLoopback: false);
            }
        }

        private static void RefuseNonPublic(IPAddress address, string masked, bool allowLoopback)
        {
            var reason = PublicAddress.WhyNotPublic(address);
            if (reason != null && !(allowLoopback && PublicAddress.IsLoopback(address)))
            {
                throw Failure("AlertWebhookAddressRefused", SpawnErrorKind.SecurityError,
                    $"The webhook {masked} resolves to {address}: {reason}. Spawn sends alerts only to public addresses.");
            }
        }

        private static Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            System.Net.Dns.GetHostAddressesAsync(host);

        /// <summary>Connects to the first checked address that answers.</summary>
        internal static async Task<Stream> ConnectAsync(IReadOnlyList<IPAddress> addresses, int port, CancellationToken cancellationToken)
        {
            SocketException? last = null;
            foreach (var address in addresses)
            {
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    using (cancellationToken.Register(socket.Dispose))
                    {
                        await socket.ConnectAsync(address, port).ConfigureAwait(false);
                    }
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException e)
                {
                    socket.Dispose();
                    last = e;
                }
                catch (ObjectDisposedException)
                {
                    socket.Dispose();
                    cancellationToken.ThrowIfCancellationRequested();
                    throw;
                }
            }
            throw last ?? new SocketException((int)SocketError.HostNotFound);
        }

        private static Exception Innermost(Exception e) => e.InnerException == null ? e : Innermost(e.InnerException);

        private static SpawnException Failure(string errorId, SpawnErrorKind kind, string message) =>
            new SpawnException(errorId, kind, message);
    }
}
