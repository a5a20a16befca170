using System;
using System.Diagnostics;
using System.IO;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Instances;
using Xunit;

namespace Spawn.Tests.Instances
{
    /// <summary>
    /// Runs the real TTL agent script against a fake instance metadata endpoint that, like IMDSv2, answers
    /// tag reads only with a session token; the power-off command is replaced by one that leaves a marker file.
    /// </summary>
    public sealed class TtlAgentTests : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly string _directory = Directory.CreateTempSubdirectory("spawn-ttl-").FullName;
        private volatile string? _ttl;
        private volatile bool _tokenless;

        public TtlAgentTests()
        {
            _listener.Start();
            _ = Task.Run(Serve);
        }

        [Fact]
        public void Expired_ttl_powers_off() => Assert.True(RunAgent(SpawnTags.FormatTime(DateTime.UtcNow.AddMinutes(-1))));

        [Fact]
        public void Extended_ttl_does_not_power_off() => Assert.False(RunAgent(SpawnTags.FormatTime(DateTime.UtcNow.AddHours(2))));

        [Fact]
        public void Missing_tag_does_not_power_off() => Assert.False(RunAgent(null));

        [Fact]
        public void Malformed_tag_does_not_power_off() => Assert.False(RunAgent("2h"));

        [Fact]
        public void Never_reads_metadata_without_an_IMDSv2_token()
        {
            _tokenless = true;
            Assert.False(RunAgent(SpawnTags.FormatTime(DateTime.UtcNow.AddMinutes(-1))));
        }

        [Fact]
        public void Bootstrap_is_valid_shell_and_installs_the_timer()
        {
            var path = Path.Combine(_directory, "bootstrap.sh");
            File.WriteAllText(path, UserDataDocument.BootstrapScript);
            var check = Process.Start(new ProcessStartInfo("sh", $"-n {path}") { RedirectStandardError = true })!;
            check.WaitForExit();
            Assert.Equal(0, check.ExitCode);
            Assert.Contains("systemctl enable --now spawn-ttl.timer", UserDataDocument.BootstrapScript);
            Assert.Contains("OnUnitActiveSec=1min", UserDataDocument.BootstrapScript);
            Assert.Contains(UserDataDocument.TtlAgentScript.Trim(), UserDataDocument.BootstrapScript);
        }

        private bool RunAgent(string? ttl)
        {
            _ttl = ttl;
            var script = Path.Combine(_directory, "ttl-agent.sh");
            var marker = Path.Combine(_directory, "powered-off");
            File.Delete(marker);
            File.WriteAllText(script, UserDataDocument.TtlAgentScript);
            var start = new ProcessStartInfo("sh", script) { RedirectStandardError = true, RedirectStandardOutput = true };
            start.Environment["SPAWN_IMDS_ENDPOINT"] = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
            start.Environment["SPAWN_POWEROFF_COMMAND"] = "touch " + marker;
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(20000));
            Assert.True(process.ExitCode == 0, stderr.Result);
            return File.Exists(marker);
        }

        /// <summary>
        /// A minimal HTTP/1.0 responder on a raw socket (HttpListener refuses curl's body-less PUT with 411):
        /// PUT /latest/api/token gives a token; the tag read needs that token, as on IMDSv2.
        /// </summary>
        private async Task Serve()
        {
            const string token = "fake-session-token";
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync();
                }
                catch (Exception)
                {
                    return;
                }
                using (client)
                {
                    var stream = client.GetStream();
                    var reader = new StreamReader(stream, Encoding.ASCII);
                    var requestLine = (await reader.ReadLineAsync() ?? "").Split(' ');
                    var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
                    {
                        var colon = line.IndexOf(':');
                        headers[line.Substring(0, colon)] = line.Substring(colon + 1).Trim();
                    }
                    var (method, path) = (requestLine[0], requestLine.Length > 1 ? requestLine[1] : "");
                    var (status, body) = (404, "");
                    if (method == "PUT" && path == "/latest/api/token" && headers.ContainsKey("X-aws-ec2-metadata-token-ttl-seconds") && !_tokenless)
                    {
                        (status, body) = (200, token);
                    }
                    else if (method == "GET" && path == "/latest/meta-data/tags/instance/spawn:ttl")
                    {
                        (status, body) = !headers.TryGetValue("X-aws-ec2-metadata-token", out var given) || given != token ? (401, "")
                            : _ttl == null ? (404, "") : (200, _ttl);
                    }
                    var response = Encoding.ASCII.GetBytes($"HTTP/1.0 {status} X\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}");
                    await stream.WriteAsync(response);
                }
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            Directory.Delete(_directory, true);
        }
    }
}
