using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Xunit;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>
    /// A real BIND 9 authoritative server on a loopback port, serving a small signed hierarchy made for the test with
    /// dnssec-keygen and dnssec-signzone in a temp directory. "test." is the trust anchor (there is no real root here):
    /// secure.test (RSASHA256, NSEC), nsec3.test (ECDSAP384SHA384, NSEC3) with an unsigned child unsigned.nsec3.test,
    /// insecure.test (unsigned, no DS), tampered.test (a record edited after signing) and expired.test (signatures
    /// valid only in 2020; -P skips dnssec-signzone's own check, which would refuse them). named, dnssec-keygen, dnssec-signzone and delv come from Debian's bind9 and
    /// bind9-dnsutils, which .ci/run installs; a missing tool fails the tests with that advice, never skips them.
    /// </summary>
    public sealed class BindServer : IDisposable
    {
        private readonly Process _named;

        public BindServer()
        {
            foreach (var tool in new[] { "named", "dnssec-keygen", "dnssec-signzone", "delv" })
            {
                if (Which(tool) == null)
                {
                    throw new InvalidOperationException($"'{tool}' is not on PATH: the DNSSEC tests need BIND 9 (apt-get install -y bind9 bind9-dnsutils).");
                }
            }
            Directory = Path.Combine(Path.GetTempPath(), "spawn-bind-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            System.IO.Directory.CreateDirectory(Directory);
            Port = MotoServer.FreePort();

            var ds = new List<string>();
            ds.AddRange(SignChild("secure.test", "RSASHA256", "", "www 300 IN A 192.0.2.1\nmail 300 IN TXT \"hello\"\n"));
            ds.AddRange(SignChild("tampered.test", "ECDSAP256SHA256", "", "www 300 IN A 192.0.2.2\n"));
            ds.AddRange(SignChild("expired.test", "ECDSAP256SHA256", "-P -s 20200101000000 -e 20200201000000", "www 300 IN A 192.0.2.3\n"));
            ds.AddRange(SignChild("nsec3.test", "ECDSAP384SHA384", "-3 - -H 0",
                "www 300 IN A 192.0.2.4\nunsigned 300 IN NS ns.test.\n"));
            Zone("insecure.test", "www 300 IN A 192.0.2.5\n", sign: null);
            Zone("unsigned.nsec3.test", "www 300 IN A 192.0.2.6\n", sign: null);
            // Change a record of tampered.test after signing: its RRSIG no longer matches.
            var tampered = Path.Combine(Directory, "tampered.test.zone.signed");
            File.WriteAllText(tampered, File.ReadAllText(tampered).Replace("192.0.2.2", "192.0.2.99"));

            var delegations = string.Join("", new[] { "secure", "tampered", "expired", "nsec3", "insecure" }.Select(c => $"{c} 300 IN NS ns.test.\n"));
            Zone("test", "ns 300 IN A 127.0.0.1\n" + delegations + string.Join("\n", ds) + "\n", sign: ("ECDSAP256SHA256", ""));
            AnchorKey = System.IO.Directory.GetFiles(Path.Combine(Directory, "keys-test"), "*.key")
                .SelectMany(File.ReadAllLines).First(l => l.Contains("DNSKEY 257"));

            var zones = new[] { "test", "secure.test", "tampered.test", "expired.test", "nsec3.test", "insecure.test", "unsigned.nsec3.test" };
            File.WriteAllText(Path.Combine(Directory, "named.conf"),
                $"options {{ directory \"{Directory}\"; pid-file \"{Directory}/named.pid\"; listen-on port {Port} {{ 127.0.0.1; }}; listen-on-v6 {{ none; }};\n"
                + "  recursion no; dnssec-validation no; notify no; };\ncontrols { };\n"
                + string.Concat(zones.Select(z => $"zone \"{z}\" {{ type primary; file \"{z}.zone{(File.Exists(Path.Combine(Directory, z + ".zone.signed")) ? ".signed" : "")}\"; }};\n")));
            _named = Start("named", "-g", "-c", Path.Combine(Directory, "named.conf"));
            WaitUntilServing();
        }

        public string Directory { get; }
        public int Port { get; }
        public IPEndPoint EndPoint => new IPEndPoint(IPAddress.Loopback, Port);

        /// <summary>The KSK of "test." as a dnssec-keygen .key line: the trust anchor of every test.</summary>
        public string AnchorKey { get; }

        /// <summary>delv's verdict on the same server and anchor: Secure, Insecure or Bogus, mapped from its comment line.</summary>
        public (string Verdict, string Output) Delv(string name, string type)
        {
            var fields = AnchorKey.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            var at = Array.IndexOf(fields, "DNSKEY");
            var anchorFile = Path.Combine(Directory, "anchor.conf");
            File.WriteAllText(anchorFile, $"trust-anchors {{ test. static-key {fields[at + 1]} {fields[at + 2]} {fields[at + 3]} \"{string.Concat(fields.Skip(at + 4))}\"; }};\n");
            var output = Run("delv", "@127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-a", anchorFile, "+root=test", name, type);
            var verdict = output.Contains("; fully validated") || output.Contains("; negative response, fully validated") ? "Secure"
                : output.Contains("; unsigned answer") || output.Contains("; negative response, unsigned") ? "Insecure"
                : "Bogus";
            return (verdict, output);
        }

        private IEnumerable<string> SignChild(string zone, string algorithm, string signOptions, string records)
        {
            Zone(zone, records, (algorithm, signOptions));
            return File.ReadAllLines(Path.Combine(Directory, "keys-" + zone, "dsset-" + zone + ".")).Where(l => l.Contains(" DS "));
        }

        private void Zone(string zone, string records, (string Algorithm, string Options)? sign)
        {
            var file = Path.Combine(Directory, zone + ".zone");
            File.WriteAllText(file, $"$TTL 300\n$ORIGIN {zone}.\n@ IN SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n@ IN NS ns.test.\n{records}");
            if (sign == null)
            {
                return;
            }
            var keys = Path.Combine(Directory, "keys-" + zone);
            System.IO.Directory.CreateDirectory(keys);
            Run("dnssec-keygen", "-q", "-a", sign.Value.Algorithm, "-f", "KSK", "-K", keys, zone + ".");
            Run("dnssec-keygen", "-q", "-a", sign.Value.Algorithm, "-K", keys, zone + ".");
            var args = new List<string> { "-S", "-K", keys, "-d", keys, "-o", zone + ".", "-f", file + ".signed" };
            args.AddRange(sign.Value.Options.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            args.Add(file);
            Run("dnssec-signzone", args.ToArray());
        }

        private void WaitUntilServing()
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            using var udp = new UdpClient();
            udp.Client.ReceiveTimeout = 500;
            var query = new byte[] { 0x12, 0x34, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 4, (byte)'t', (byte)'e', (byte)'s', (byte)'t', 0, 0, 6, 0, 1 };
            while (DateTime.UtcNow < deadline)
            {
                if (_named.HasExited)
                {
                    throw new InvalidOperationException($"named exited with code {_named.ExitCode}: {_named.StandardError.ReadToEnd()}");
                }
                try
                {
                    udp.Send(query, query.Length, EndPoint);
                    IPEndPoint? from = null;
                    if (udp.Receive(ref from).Length > 12)
                    {
                        return;
                    }
                }
                catch (SocketException)
                {
                }
                Thread.Sleep(100);
            }
            throw new TimeoutException("named did not answer within 20 seconds.");
        }

        private static Process Start(string file, params string[] args)
        {
            var start = new ProcessStartInfo(Which(file) ?? file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }
            return Process.Start(start)!;
        }

        private static string Run(string file, params string[] args)
        {
            using var process = Start(file, args);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 && file != "delv")
            {
                throw new InvalidOperationException($"{file} {string.Join(" ", args)} failed ({process.ExitCode}): {stderr}");
            }
            return stdout.Result + stderr;
        }

        private static string? Which(string tool) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Concat(new[] { "/usr/sbin", "/sbin" })
                .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

        public void Dispose()
        {
            if (!_named.HasExited)
            {
                _named.Kill(entireProcessTree: true);
                _named.WaitForExit(5000);
            }
            _named.Dispose();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [CollectionDefinition(Name)]
    public sealed class BindCollection : ICollectionFixture<BindServer>
    {
        public const string Name = "bind";
    }
}
