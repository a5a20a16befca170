using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>
    /// A loopback stand-in for the instance metadata service, IMDSv2 only: PUT /latest/api/token (with the TTL header)
    /// returns a token, and /latest/dynamic/instance-identity/rsa2048 answers only with that token. The first
    /// <see cref="FailFirst"/> token requests fail with 500, to exercise the client's retries. Kestrel rather than
    /// HttpListener, which refuses a PUT without Content-Length the way curl (and IMDS clients) send it.
    /// </summary>
    public sealed class FakeImds : IAsyncDisposable
    {
        private const string Token = "fake-imds-token";
        private readonly WebApplication _app;
        private int _tokenRequests;

        private FakeImds(string rsa2048, int failFirst)
        {
            Rsa2048 = rsa2048;
            FailFirst = failFirst;
            Endpoint = $"http://127.0.0.1:{MotoServer.FreePort()}";
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().UseUrls(Endpoint);
            _app = builder.Build();
            _app.Run(Answer);
        }

        public static async Task<FakeImds> StartAsync(string rsa2048, int failFirst = 0)
        {
            var imds = new FakeImds(rsa2048, failFirst);
            await imds._app.StartAsync();
            return imds;
        }

        public string Endpoint { get; }
        public string Rsa2048 { get; }
        public int FailFirst { get; }
        public int TokenRequests => _tokenRequests;

        private Task Answer(HttpContext context)
        {
            var request = context.Request;
            if (request.Path == "/latest/api/token" && request.Method == "PUT")
            {
                if (Interlocked.Increment(ref _tokenRequests) <= FailFirst)
                {
                    context.Response.StatusCode = 500;
                    return Task.CompletedTask;
                }
                if (!request.Headers.ContainsKey("X-aws-ec2-metadata-token-ttl-seconds"))
                {
                    context.Response.StatusCode = 400;
                    return Task.CompletedTask;
                }
                return context.Response.WriteAsync(Token);
            }
            if (request.Headers["X-aws-ec2-metadata-token"] != Token)
            {
                context.Response.StatusCode = 401;
                return Task.CompletedTask;
            }
            if (request.Path == "/latest/dynamic/instance-identity/rsa2048")
            {
                return context.Response.WriteAsync(Rsa2048);
            }
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();
    }
}
