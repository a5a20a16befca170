using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Lambda;
using Spawn.Tests.Dns.Registration;

namespace Spawn.Bench
{
    /// <summary>
    ///   throughput SECONDS   requests/s through Function.Handle (REST v1 event → full pipeline → response), one thread
    ///                        and one thread per core; EC2 and Route 53 are in-process fakes, state in memory
    ///   coldstart            milliseconds from process start to the first full response (same fakes)
    ///   event FILE           writes a REST v1 event whose signature is forged (refused after CMS verification, no AWS call)
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            switch (args.Length > 0 ? args[0] : "")
            {
                case "throughput":
                    await ThroughputAsync(double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
                    return 0;
                case "coldstart":
                    await ColdStartAsync().ConfigureAwait(false);
                    return 0;
                case "event":
                    using (var attacker = new Spawn.Tests.Identity.TestAuthority())
                    {
                        File.WriteAllText(args[1], Event(attacker.Sign(Spawn.Tests.Identity.TestAuthority.Document())));
                    }
                    return 0;
                default:
                    Console.Error.WriteLine("usage: throughput SECONDS | coldstart | event FILE");
                    return 2;
            }
        }

        private static string Event(string identity) => JsonSerializer.Serialize(new
        {
            httpMethod = "POST",
            path = "/register",
            headers = new System.Collections.Generic.Dictionary<string, string> { ["Content-Type"] = "application/json" },
            body = "{\"identity\":" + JsonSerializer.Serialize(identity) + ",\"record_name\":\"bench\",\"action\":\"UPSERT\"}",
            isBase64Encoded = false,
            requestContext = new { requestId = "bench", identity = new { sourceIp = OfflineEndpoint.PublicIp } },
        });

        private static async Task<int> OnceAsync(Function function, byte[] eventBytes)
        {
            using var output = await function.Handle(new MemoryStream(eventBytes)).ConfigureAwait(false);
            using var json = await JsonDocument.ParseAsync(output).ConfigureAwait(false);
            return json.RootElement.GetProperty("statusCode").GetInt32();
        }

        private static async Task ColdStartAsync()
        {
            using var endpoint = new OfflineEndpoint();
            var status = await OnceAsync(new Function(endpoint.Pipeline), Encoding.UTF8.GetBytes(Event(endpoint.Identity()))).ConfigureAwait(false);
            var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
            Console.WriteLine($"coldstart_ms={sinceStart.TotalMilliseconds:F0} status={status}");
        }

        private static async Task ThroughputAsync(double seconds)
        {
            using var endpoint = new OfflineEndpoint();
            var function = new Function(endpoint.Pipeline);
            var eventBytes = Encoding.UTF8.GetBytes(Event(endpoint.Identity()));
            for (var i = 0; i < 200; i++)
            {
                if (await OnceAsync(function, eventBytes).ConfigureAwait(false) != 200)
                {
                    throw new InvalidOperationException("The benchmark request was not accepted.");
                }
            }
            var single = await RunAsync(function, eventBytes, 1, seconds).ConfigureAwait(false);
            var cores = Environment.ProcessorCount;
            var all = await RunAsync(function, eventBytes, cores, seconds).ConfigureAwait(false);
            Console.WriteLine($"single_thread_rps={single:F0} cores={cores} all_cores_rps={all:F0} per_core_rps={all / cores:F0}");
        }

        private static async Task<double> RunAsync(Function function, byte[] eventBytes, int threads, double seconds)
        {
            long done = 0;
            var stopwatch = Stopwatch.StartNew();
            var until = TimeSpan.FromSeconds(seconds);
            var workers = new Task[threads];
            for (var t = 0; t < threads; t++)
            {
                workers[t] = Task.Run(async () =>
                {
                    while (stopwatch.Elapsed < until)
                    {
                        if (await OnceAsync(function, eventBytes).ConfigureAwait(false) != 200)
                        {
                            throw new InvalidOperationException("A benchmark request was refused.");
                        }
                        Interlocked.Increment(ref done);
                    }
                });
            }
            await Task.WhenAll(workers).ConfigureAwait(false);
            return done / stopwatch.Elapsed.TotalSeconds;
        }
    }
}
