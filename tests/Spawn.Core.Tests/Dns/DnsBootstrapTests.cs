using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Spawn.Dns;
using Spawn.Lambda;
using Spawn.Tests.Dns.Registration;
using Spawn.Tests.Infrastructure;
using Xunit;

namespace Spawn.Tests.Dns
{
    /// <summary>
    /// The bootstrap script run for real with bash and curl: a fake IMDS serving a test-CA-signed /rsa2048 for an
    /// instance made in moto, the Kestrel local host over the same pipeline, the record read back with the AWS CLI.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class DnsBootstrapTests
    {
        private readonly MotoServer _moto;

        public DnsBootstrapTests(MotoServer moto) => _moto = moto;

        private static (int ExitCode, string Output) RunScript(string script, string action)
        {
            var path = Path.Combine(Path.GetTempPath(), "spawn-dns-" + Guid.NewGuid().ToString("N"));
            File.WriteAllText(path, script);
            try
            {
                var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
                start.Environment["SPAWN_DNS_ATTEMPTS"] = "4";
                start.ArgumentList.Add(path);
                start.ArgumentList.Add(action);
                using var process = Process.Start(start)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                return (process.ExitCode, stdout.Result + stderr);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public async Task ScriptRegistersThroughTheLocalHostRetryingAndDeletesAtShutdown()
        {
            // The local host sees 127.0.0.1, not the instance's public address: source binding is off for this test.
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string> { ["SPAWN_BIND_SOURCE_IP"] = "false" });
            var (id, ip) = await endpoint.LaunchAsync();
            await using var imds = await FakeImds.StartAsync(endpoint.Identity(id), failFirst: 2);
            var url = $"http://127.0.0.1:{MotoServer.FreePort()}";
            await using var host = await LocalHost.StartAsync(url, endpoint.Pipeline);
            var script = DnsBootstrap.UpdaterScript(new Uri(url + "/register"), RecordName.Parse("boot"), imds.Endpoint);

            var (upsertExit, upsertOutput) = RunScript(script, "upsert");
            Assert.True(upsertExit == 0, upsertOutput);
            Assert.Contains("retrying", upsertOutput);
            Assert.Equal(3, imds.TokenRequests);
            Assert.DoesNotContain(imds.Rsa2048.Substring(0, 30), upsertOutput);
            var record = endpoint.Record(endpoint.Fqdn("boot"))!.Value;
            Assert.Equal(ip, record.GetProperty("ResourceRecords")[0].GetProperty("Value").GetString());

            var (deleteExit, deleteOutput) = RunScript(script, "delete");
            Assert.True(deleteExit == 0, deleteOutput);
            Assert.Null(endpoint.Record(endpoint.Fqdn("boot")));
        }

        [Fact]
        public async Task ScriptStopsAtOnceWhenRefused()
        {
            using var endpoint = new EndpointHarness(_moto, new Dictionary<string, string> { ["SPAWN_BIND_SOURCE_IP"] = "false" });
            using var attacker = new Identity.TestAuthority();
            await using var imds = await FakeImds.StartAsync(attacker.Sign(Identity.TestAuthority.Document()));
            var url = $"http://127.0.0.1:{MotoServer.FreePort()}";
            await using var host = await LocalHost.StartAsync(url, endpoint.Pipeline);

            var (exit, output) = RunScript(DnsBootstrap.UpdaterScript(new Uri(url), RecordName.Parse("boot"), imds.Endpoint), "upsert");
            Assert.Equal(1, exit);
            Assert.Contains("refused (HTTP 403)", output);
            Assert.Equal(1, imds.TokenRequests);
        }

        [Fact]
        public void UserDataInstallsTheScriptAndAUnitThatDeletesAtShutdownAndIsValidBash()
        {
            var userData = DnsBootstrap.UserData(new Uri("https://dns.example.com/register"), RecordName.Parse("web"));
            Assert.Contains("ExecStop=/usr/bin/env SPAWN_DNS_ATTEMPTS=3 /usr/local/sbin/spawn-dns delete", userData);
            Assert.Contains("RECORD_NAME='web'", userData);
            Assert.Contains("systemctl enable --now spawn-dns.service", userData);
            var path = Path.Combine(Path.GetTempPath(), "spawn-ud-" + Guid.NewGuid().ToString("N"));
            File.WriteAllText(path, userData);
            try
            {
                using var check = Process.Start(new ProcessStartInfo("bash", new[] { "-n", path }) { RedirectStandardError = true })!;
                var errors = check.StandardError.ReadToEnd();
                check.WaitForExit();
                Assert.True(check.ExitCode == 0, errors);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Theory]
        [InlineData("http://dns.example.com/register")]
        [InlineData("https://user:pw@dns.example.com/register")]
        [InlineData("ftp://127.0.0.1/")]
        public void IdentityIsOnlySentOverHttpsOrToLoopback(string endpoint) =>
            Assert.Throws<SpawnValidationException>(() => DnsBootstrap.UpdaterScript(new Uri(endpoint), RecordName.Parse("web")));
    }
}
