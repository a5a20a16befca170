using System;
using System.Diagnostics;
using System.Text.Json;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>Runs the AWS CLI against moto, to read back (or write) state independently of Spawn's code.</summary>
    public static class AwsCli
    {
        public static string Run(MotoServer moto, params string[] args)
        {
            var start = new ProcessStartInfo("aws")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }
            start.ArgumentList.Add("--endpoint-url");
            start.ArgumentList.Add(moto.Endpoint);
            start.ArgumentList.Add("--output");
            start.ArgumentList.Add("json");
            start.Environment["AWS_ACCESS_KEY_ID"] = MotoServer.AccessKey;
            start.Environment["AWS_SECRET_ACCESS_KEY"] = MotoServer.SecretKey;
            start.Environment["AWS_DEFAULT_REGION"] = MotoServer.Region;
            start.Environment["AWS_PAGER"] = "";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"aws {string.Join(" ", args)} failed ({process.ExitCode}): {stderr}");
            }
            return stdout.Result;
        }

        public static JsonElement Json(MotoServer moto, params string[] args)
        {
            var text = Run(moto, args);
            using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            return doc.RootElement.Clone();
        }
    }
}
