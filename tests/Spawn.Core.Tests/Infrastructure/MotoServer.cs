using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using Xunit;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>
    /// A moto server for the whole test assembly. build.ps1 starts one and passes SPAWN_MOTO_ENDPOINT;
    /// when the tests run on their own (dotnet test), the fixture starts one on a free loopback port.
    /// Tests keep out of each other's way by using unique names, never by resetting moto.
    /// </summary>
    public sealed class MotoServer : IDisposable
    {
        public const string AccessKey = "AKIAIOSFODNN7EXAMPLE";
        public const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        public const string Region = "us-east-1";
        public const string AccountId = "123456789012";

        private readonly Process? _process;

        public MotoServer()
        {
            var given = Environment.GetEnvironmentVariable("SPAWN_MOTO_ENDPOINT");
            if (!string.IsNullOrEmpty(given))
            {
                Endpoint = given!.TrimEnd('/');
                return;
            }

            var port = FreePort();
            Endpoint = $"http://127.0.0.1:{port}";
            var start = new ProcessStartInfo("moto_server", $"-H 127.0.0.1 -p {port}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            try
            {
                _process = Process.Start(start)!;
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("moto_server was not found on PATH; the tests need moto (pip package moto[server]).", e);
            }
            _process.OutputDataReceived += (_, _) => { };
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            WaitUntilUp();
        }

        public string Endpoint { get; }

        public static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private void WaitUntilUp()
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException($"moto_server exited with code {_process.ExitCode}.");
                }
                try
                {
                    http.GetAsync(Endpoint + "/moto-api/").GetAwaiter().GetResult();
                    return;
                }
                catch (HttpRequestException)
                {
                }
                catch (System.Threading.Tasks.TaskCanceledException)
                {
                }
                Thread.Sleep(200);
            }
            throw new TimeoutException("moto_server did not answer within 30 seconds.");
        }

        public void Dispose()
        {
            if (_process != null && !_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
            _process?.Dispose();
        }
    }

    [CollectionDefinition(Name)]
    public sealed class MotoCollection : ICollectionFixture<MotoServer>
    {
        public const string Name = "moto";
    }
}
