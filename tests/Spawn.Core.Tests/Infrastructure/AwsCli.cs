using System;
using System.Diagnostics;
using System.Text.Json;

namespace Spawn.Tests.Infrastructure
{
    /// <summary>Runs the AWS CLI against moto, to read back (or write) state independently of Spawn's code.</summary>
    public static class AwsCli
    {
        public static string Run(MotoServer moto, params string[] args) => RunAs(moto, null, args);

        /// <summary>Runs with other credentials (e.g. from an assumed role, which moto files under the role's account).</summary>
        public static string RunAs(MotoServer moto, (string AccessKey, string SecretKey, string SessionToken)? credentials, params string[] args) =>
            RunAt(moto.Endpoint, credentials, args);

        /// <summary>Runs against another loopback endpoint (a <see cref="FakeAwsEndpoint"/>), to compare the CLI's request with Spawn's.</summary>
        public static string RunAt(string endpoint, (string AccessKey, string SecretKey, string SessionToken)? credentials, params string[] args)
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
            start.ArgumentList.Add(endpoint);
            start.ArgumentList.Add("--output");
            start.ArgumentList.Add("json");
            start.Environment["AWS_ACCESS_KEY_ID"] = MotoServer.AccessKey;
            start.Environment["AWS_SECRET_ACCESS_KEY"] = MotoServer.SecretKey;
            start.Environment["AWS_DEFAULT_REGION"] = MotoServer.Region;
            start.Environment["AWS_PAGER"] = "";
            if (credentials is { } c)
            {
                start.Environment["AWS_ACCESS_KEY_ID"] = c.AccessKey;
                start.Environment["AWS_SECRET_ACCESS_KEY"] = c.SecretKey;
                start.Environment["AWS_SESSION_TOKEN"] = c.SessionToken;
            }
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

        public static JsonElement Json(MotoServer moto, params string[] args) => JsonAs(moto, null, args);

        public static JsonElement JsonAs(MotoServer moto, (string AccessKey, string SecretKey, string SessionToken)? credentials, params string[] args)
        {
            var text = RunAs(moto, credentials, args);
            using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            return doc.RootElement.Clone();
        }

        /// <summary>Assumes a role in moto (which accepts any role ARN) and returns its session credentials.</summary>
        public static (string AccessKey, string SecretKey, string SessionToken) AssumeRole(MotoServer moto, string roleArn, string? externalId = null)
        {
            var args = new System.Collections.Generic.List<string> { "sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "spawn-tests" };
            if (externalId != null)
            {
                args.AddRange(new[] { "--external-id", externalId });
            }
            var c = Json(moto, args.ToArray()).GetProperty("Credentials");
            return (c.GetProperty("AccessKeyId").GetString()!, c.GetProperty("SecretAccessKey").GetString()!, c.GetProperty("SessionToken").GetString()!);
        }
    }
}
