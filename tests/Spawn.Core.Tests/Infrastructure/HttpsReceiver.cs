using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>
    /// A minimal HTTPS server on loopback with a self-signed certificate made for the test run: it answers each
    /// request with the next scripted reply and records what it received (for the webhook sender's tests).
    /// </summary>
    public sealed class HttpsReceiver : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly ConcurrentQueue<Scripted> _replies = new ConcurrentQueue<Scripted>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        public HttpsReceiver()
        {
            Certificate = CreateCertificate();
            _listener.Start();
            _ = Task.Run(AcceptLoop);
        }

        public X509Certificate2 Certificate { get; }
        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
        public string Url(string path) => $"https://127.0.0.1:{Port}{path}";

        /// <summary>Requests received, as "METHOD path" and body.</summary>
        public ConcurrentQueue<(string RequestLine, string Body)> Requests { get; } = new ConcurrentQueue<(string, string)>();

        public int Connections;

        /// <summary>Queues the answer to the next request (the default, when none is queued, is 200).</summary>
        public void Reply(int status, string body = "", string? location = null, bool hang = false) =>
            _replies.Enqueue(new Scripted(status, body, location, hang));

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception)
                {
                    return;
                }
                Interlocked.Increment(ref Connections);
                _ = Task.Run(() => Serve(client));
            }
        }

        private async Task Serve(TcpClient client)
        {
            using (client)
            using (var tls = new SslStream(client.GetStream()))
            {
                try
                {
                    await tls.AuthenticateAsServerAsync(Certificate, false, false);
                    var head = await ReadHead(tls);
                    var lines = head.Split("\r\n");
                    var length = 0;
                    foreach (var line in lines)
                    {
                        if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                        {
                            length = int.Parse(line.Substring(15).Trim());
                        }
                    }
                    var body = new byte[length];
                    var read = 0;
                    while (read < length)
                    {
                        read += await tls.ReadAsync(body.AsMemory(read));
                    }
                    var requestLine = lines[0].Substring(0, lines[0].LastIndexOf(' '));
                    Requests.Enqueue((requestLine, Encoding.UTF8.GetString(body)));
                    var reply = _replies.TryDequeue(out var next) ? next : new Scripted(200, "", null, false);
                    if (reply.Hang)
                    {
                        await Task.Delay(Timeout.Infinite, _stop.Token);
                    }
                    var answer = new StringBuilder();
                    answer.Append($"HTTP/1.1 {reply.Status} Scripted\r\nConnection: close\r\nContent-Type: text/plain\r\n");
                    if (reply.Location != null)
                    {
                        answer.Append($"Location: {reply.Location}\r\n");
                    }
                    var payload = Encoding.UTF8.GetBytes(reply.Body);
                    answer.Append($"Content-Length: {payload.Length}\r\n\r\n");
                    await tls.WriteAsync(Encoding.ASCII.GetBytes(answer.ToString()));
                    await tls.WriteAsync(payload);
                    await tls.FlushAsync();
                }
                catch (Exception)
                {
                    // The client went away (time-out tests) or the receiver is stopping.
                }
            }
        }

        private static async Task<string> ReadHead(Stream stream)
        {
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(one) == 0)
                {
                    throw new EndOfStreamException();
                }
                head.Append((char)one[0]);
            }
            return head.ToString();
        }

        private static X509Certificate2 CreateCertificate()
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=spawn-test-receiver", key, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
                new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
            // A round trip through PKCS#12 gives a certificate whose key SslStream can use on every platform.
            return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            Certificate.Dispose();
            _stop.Dispose();
        }

        private sealed record Scripted(int Status, string Body, string? Location, bool Hang);
    }
}
