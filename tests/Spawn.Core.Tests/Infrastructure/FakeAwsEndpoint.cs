using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>
    /// A loopback HTTP listener standing in for an AWS endpoint, for calls moto does not serve and for failures moto
    /// cannot be made to produce (throttling). It records every request and answers from a queue.
    /// </summary>
    public sealed class FakeAwsEndpoint : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly ConcurrentQueue<(int Status, string Body)> _answers = new ConcurrentQueue<(int, string)>();
        private readonly List<RecordedRequest> _requests = new List<RecordedRequest>();
        private readonly Task _loop;

        public FakeAwsEndpoint()
        {
            Endpoint = $"http://127.0.0.1:{MotoServer.FreePort()}";
            _listener.Prefixes.Add(Endpoint + "/");
            _listener.Start();
            _loop = Task.Run(ServeAsync);
        }

        public string Endpoint { get; }

        /// <summary>Called as each request arrives, before it is answered.</summary>
        public Action<RecordedRequest>? OnRequest { get; set; }

        public IReadOnlyList<RecordedRequest> Requests
        {
            get
            {
                lock (_requests)
                {
                    return _requests.ToArray();
                }
            }
        }

        public void Answer(int status, string body) => _answers.Enqueue((status, body));

        /// <summary>A context whose every service goes to this endpoint; the region is deliberately not us-east-1.</summary>
        public AwsContext Context() =>
            new AwsContextResolver(environment: _ => null).Resolve(new List<AwsSettings>
            {
                new AwsSettings("test")
                {
                    Region = "eu-west-1",
                    AccessKey = MotoServer.AccessKey,
                    SecretKey = MotoServer.SecretKey,
                    EndpointUrl = Endpoint,
                },
            });

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (string? name in context.Request.Headers.AllKeys)
                {
                    if (name != null)
                    {
                        headers[name] = context.Request.Headers[name] ?? "";
                    }
                }
                var recorded = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath,
                    context.Request.Url.Query, headers, await reader.ReadToEndAsync().ConfigureAwait(false));
                lock (_requests)
                {
                    _requests.Add(recorded);
                }
                OnRequest?.Invoke(recorded);
                var (status, body) = _answers.TryDequeue(out var next) ? next : (500, "<ErrorResponse><Error><Code>NoAnswerQueued</Code></Error></ErrorResponse>");
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = status;
                context.Response.ContentType = body.StartsWith("{", StringComparison.Ordinal) ? "application/x-amz-json-1.1" : "text/xml";
                context.Response.Headers["x-amzn-RequestId"] = "fake-" + _requests.Count;
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
        }
    }

    public sealed class RecordedRequest
    {
        public RecordedRequest(string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body)
        {
            Method = method;
            Path = path;
            Query = query;
            Headers = headers;
            Body = body;
        }

        public string Method { get; }
        public string Path { get; }
        public string Query { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public string Body { get; }
    }
}
