using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Spawn.Dns.Registration;

namespace Spawn.Lambda
{
    /// <summary>
    /// The same pipeline on Kestrel, for running the endpoint without AWS Lambda. An empty builder (no forwarded-headers
    /// middleware, whatever ASPNETCORE_* variables say), so the source address is always the TCP peer. The body is read
    /// through <see cref="RequestEnvelope.ReadBoundedAsync"/>: at most 8 KiB + 1 byte, whatever Kestrel's own limit.
    /// </summary>
    public static class LocalHost
    {
        public static async Task<WebApplication> StartAsync(string urls, RegistrationPipeline pipeline)
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().UseUrls(urls.Split(';'));
            var app = builder.Build();
            app.Run(context => HandleAsync(context, pipeline));
            await app.StartAsync().ConfigureAwait(false);
            return app;
        }

        private static async Task HandleAsync(HttpContext context, RegistrationPipeline pipeline)
        {
            var request = new EndpointRequest(
                context.Request.Method,
                context.Request.ContentType,
                await RequestEnvelope.ReadBoundedAsync(context.Request.Body, context.RequestAborted).ConfigureAwait(false),
                context.Connection.RemoteIpAddress,
                Guid.NewGuid().ToString("N"));
            var response = await pipeline.HandleAsync(request, context.RequestAborted).ConfigureAwait(false);
            context.Response.StatusCode = response.Status;
            foreach (var header in response.Headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }
            await context.Response.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
