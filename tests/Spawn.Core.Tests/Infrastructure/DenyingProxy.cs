using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>
    /// A loopback proxy in front of moto that answers one Query-protocol action with AccessDenied (as EC2 does:
    /// 403 UnauthorizedOperation) and forwards everything else, so a test sees one refused API among working ones.
    /// </summary>
    public sealed class DenyingProxy : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly HttpClient _http = new HttpClient();
        private readonly string _target;
        private readonly string _deniedAction;
        private readonly string? _onlyWhenBodyContains;

        /// <param name="onlyWhenBodyContains">When set, only requests whose (form-encoded) body also contains this are denied.</param>
        public DenyingProxy(string target, string deniedAction, string? onlyWhenBodyContains = null)
        {
            _onlyWhenBodyContains = onlyWhenBodyContains;
            _target = target.TrimEnd('/');
            _deniedAction = deniedAction;
            Endpoint = $"http://127.0.0.1:{MotoServer.FreePort()}";
            _listener.Prefixes.Add(Endpoint + "/");
            _listener.Start();
            Task.Run(ServeAsync);
        }

        public string Endpoint { get; }
        public int Denied { get; private set; }

        /// <summary>Every request body seen (form-encoded for the query APIs such as STS), for asserting what was sent.</summary>
        public System.Collections.Concurrent.ConcurrentQueue<string> Bodies { get; } = new System.Collections.Concurrent.ConcurrentQueue<string>();

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
                _ = Task.Run(() => HandleAsync(context));
            }
        }

        private async Task HandleAsync(HttpListenerContext context)
        {
            using var body = new System.IO.MemoryStream();
            await context.Request.InputStream.CopyToAsync(body).ConfigureAwait(false);
            var bytes = body.ToArray();
            var text = Encoding.UTF8.GetString(bytes);
            Bodies.Enqueue(text);
            if ((text.Contains("Action=" + _deniedAction + "&") || text.EndsWith("Action=" + _deniedAction, StringComparison.Ordinal))
                && (_onlyWhenBodyContains == null || text.Contains(_onlyWhenBodyContains)))
            {
                Denied++;
                await Respond(context, 403, "text/xml", Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>denied-1</RequestID></Response>")).ConfigureAwait(false);
                return;
            }
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), _target + context.Request.Url!.PathAndQuery);
            if (bytes.Length > 0 || context.Request.HttpMethod != "GET")
            {
                request.Content = new ByteArrayContent(bytes);
            }
            foreach (var name in context.Request.Headers.AllKeys.Where(n => n != null && !n.Equals("Host", StringComparison.OrdinalIgnoreCase)))
            {
                var value = context.Request.Headers[name!]!;
                if (!request.Headers.TryAddWithoutValidation(name!, value))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name!, value);
                }
            }
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            await Respond(context, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "text/xml",
                await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).ConfigureAwait(false);
        }

        private static async Task Respond(HttpListenerContext context, int status, string type, byte[] body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = type;
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
            context.Response.Close();
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _http.Dispose();
        }
    }
}
