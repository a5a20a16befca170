using System;
using System.Collections.Generic;
using System.Linq;
using Spawn.Security;

namespace Spawn.Instances
{
    /// <summary>
    /// The command that opens a shell on an instance: ssh with the instance's own key and
    /// StrictHostKeyChecking=accept-new (never "no": a changed host key is refused), or a Session Manager
    /// session through the AWS CLI.
    /// </summary>
    public sealed class ConnectCommand
    {
        private ConnectCommand(string fileName, IReadOnlyList<string> arguments)
        {
            FileName = fileName;
            Arguments = arguments;
        }

        public string FileName { get; }
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>The command as one POSIX shell line, every argument quoted.</summary>
        public string CommandLine => string.Join(" ", new[] { FileName }.Concat(Arguments).Select(ShellQuote.Quote));

        public static ConnectCommand Ssh(SpawnInstance instance, string? user)
        {
            RequireRunning(instance);
            var address = instance.PublicIpAddress ?? instance.PrivateIpAddress
                ?? throw new SpawnException("InstanceHasNoAddress", SpawnErrorKind.InvalidOperation,
                    $"{instance.InstanceId} has no IP address to connect to; use -Ssm.") { Target = instance.InstanceId };
            var login = user ?? instance.SshUser ?? "ec2-user";
            if (!PosixUserName.HasValidShape(login))
            {
                throw new SpawnValidationException("InvalidSshUser", $"'{login}' is not a valid login name.", login);
            }
            var arguments = new List<string> { "-o", "StrictHostKeyChecking=accept-new" };
            if (instance.KeyPath != null)
            {
                arguments.AddRange(new[] { "-i", instance.KeyPath, "-o", "IdentitiesOnly=yes" });
            }
            arguments.Add("--");
            arguments.Add(login + "@" + address);
            return new ConnectCommand("ssh", arguments);
        }

        public static ConnectCommand Ssm(SpawnInstance instance)
        {
            RequireRunning(instance);
            return new ConnectCommand("aws", new[] { "ssm", "start-session", "--target", instance.InstanceId, "--region", instance.Region });
        }

        private static void RequireRunning(SpawnInstance instance)
        {
            if (!string.Equals(instance.State, "running", StringComparison.Ordinal))
            {
                throw new SpawnException("InstanceNotRunning", SpawnErrorKind.InvalidOperation,
                    $"{instance.InstanceId} is {instance.State}, not running.") { Target = instance.InstanceId };
            }
        }
    }
}
