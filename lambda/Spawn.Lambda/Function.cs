using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Dns.Registration;

namespace Spawn.Lambda
{
    /// <summary>
    /// The Lambda entry point (handler <c>Spawn.Lambda::Spawn.Lambda.Function::Handle</c>, managed .NET runtime): an
    /// API Gateway proxy event in, a proxy response out. The pipeline is built once per execution environment, on the
    /// first event, and reused while the environment stays warm. The log line goes to stdout, i.e. CloudWatch Logs.
    /// </summary>
    public sealed class Function
    {
        private static readonly Lazy<RegistrationPipeline> Shared =
            new Lazy<RegistrationPipeline>(() => EndpointFactory.Create(Environment.GetEnvironmentVariable, Console.Out.WriteLine));

        private readonly Lazy<RegistrationPipeline> _pipeline;

        public Function()
            : this(Shared)
        {
        }

        public Function(RegistrationPipeline pipeline)
            : this(new Lazy<RegistrationPipeline>(() => pipeline))
        {
        }

        private Function(Lazy<RegistrationPipeline> pipeline) => _pipeline = pipeline;

        public async Task<Stream> Handle(Stream input)
        {
            var eventJson = new MemoryStream();
            await input.CopyToAsync(eventJson).ConfigureAwait(false);
            EndpointRequest request;
            try
            {
                request = ApiGatewayEvent.Read(eventJson.ToArray());
            }
            catch (System.Text.Json.JsonException)
            {
                // Only API Gateway invokes the function, so an unreadable event is a deployment fault, not a caller's.
                return ApiGatewayResponse.Write(ResponseBody.Failure("", Rejections.For(RejectionReason.InternalError)));
            }
            var response = await _pipeline.Value.HandleAsync(request, CancellationToken.None).ConfigureAwait(false);
            return ApiGatewayResponse.Write(response);
        }
    }
}
