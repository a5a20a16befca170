using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Lambda
{
    /// <summary>
    /// Local modes of the two functions, configured by the same environment variables as in Lambda:
    ///   serve --urls http://127.0.0.1:8080   run the DNS pipeline on Kestrel (Ctrl+C stops it)
    ///   invoke -e event.json                run the DNS handler on an API Gateway event file and print its response
    ///   check-alerts [-e event.json]        run the alert check handler once (for a scheduled task) and print its summary
    /// </summary>
    public static class Program
    {
        private const string Usage =
            "usage: Spawn.Lambda serve --urls http://127.0.0.1:PORT | Spawn.Lambda invoke -e EVENT.json | Spawn.Lambda check-alerts [-e EVENT.json]";

        public static async Task<int> Main(string[] args)
        {
            try
            {
                switch (args.Length > 0 ? args[0] : "")
                {
                    case "serve" when args.Length == 3 && args[1] == "--urls":
                        return await ServeAsync(args[2]).ConfigureAwait(false);
                    case "invoke" when args.Length == 3 && (args[1] == "-e" || args[1] == "--event"):
                        return await InvokeAsync(args[2]).ConfigureAwait(false);
                    case "check-alerts" when args.Length == 1:
                        return await CheckAlertsAsync(null).ConfigureAwait(false);
                    case "check-alerts" when args.Length == 3 && (args[1] == "-e" || args[1] == "--event"):
                        return await CheckAlertsAsync(args[2]).ConfigureAwait(false);
                    default:
                        Console.Error.WriteLine(Usage);
                        return 2;
                }
            }
            catch (SpawnException e)
            {
                // Configuration errors: fixed messages that name the variable, never a secret.
                Console.Error.WriteLine($"{e.ErrorId}: {e.Message}");
                return 1;
            }
        }

        private static async Task<int> ServeAsync(string urls)
        {
            var pipeline = EndpointFactory.Create(Environment.GetEnvironmentVariable, Console.Out.WriteLine);
            await using var app = await LocalHost.StartAsync(urls, pipeline).ConfigureAwait(false);
            Console.Error.WriteLine($"Spawn DNS endpoint listening on {urls}");
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            return 0;
        }

        /// <summary>Like <c>sam local invoke -e</c>: the response on stdout, the request's log line on stderr.</summary>
        private static async Task<int> InvokeAsync(string eventPath)
        {
            var pipeline = EndpointFactory.Create(Environment.GetEnvironmentVariable, Console.Error.WriteLine);
            await using var input = File.OpenRead(eventPath);
            await PrintAsync(await new Function(pipeline).Handle(input).ConfigureAwait(false)).ConfigureAwait(false);
            return 0;
        }

        /// <summary>
        /// The summary on stdout, log lines on stderr. A check that could not run has logged its error id already, so
        /// it only sets the exit code; undelivered alerts are in the summary, not in the exit code, as in Lambda.
        /// </summary>
        private static async Task<int> CheckAlertsAsync(string? eventPath)
        {
            await using var input = eventPath == null ? (Stream)new MemoryStream() : File.OpenRead(eventPath);
            try
            {
                await PrintAsync(await new AlertCheckFunction(Environment.GetEnvironmentVariable, Console.Error.WriteLine)
                    .Handle(input).ConfigureAwait(false)).ConfigureAwait(false);
                return 0;
            }
            catch (SpawnException)
            {
                return 1;
            }
        }

        /// <summary>A handler's response on stdout.</summary>
        private static async Task PrintAsync(Stream output)
        {
            using var reader = new StreamReader(output);
            Console.Out.WriteLine(await reader.ReadToEndAsync().ConfigureAwait(false));
        }
    }
}
