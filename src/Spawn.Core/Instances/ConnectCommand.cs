using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
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
        private static readonly IReadOnlyDictionary<string, string?> NoEnvironment = new Dictionary<string, string?>();

        private ConnectCommand(string fileName, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
        {
            FileName = fileName;
            Arguments = arguments;
            Environment = environment ?? NoEnvironment;
        }

        public string FileName { get; }
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>
        /// Environment variables to set for the process (a null value removes the variable). They can hold credentials:
        /// never log or show them; <see cref="CommandLine"/> leaves them out.
        /// </summary>
        public IReadOnlyDictionary<string, string?> Environment { get; }

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

        /// <summary>The Session Manager command, to show: run as shown, the AWS CLI uses its own credentials.</summary>
        public static ConnectCommand Ssm(SpawnInstance instance)
        {
            RequireRunning(instance);
            return new ConnectCommand("aws", SsmArguments(instance));
        }

        /// <summary>
        /// The Session Manager command, to run with the credentials Spawn resolved (parameters, Set-SpawnDefault, profile,
        /// role...) handed to the AWS CLI through its environment, never its command line; a profile selected in the
        /// environment is removed so it cannot take precedence. An endpoint override for SSM goes along too.
        /// </summary>
        public static async Task<ConnectCommand> SsmWithCredentialsAsync(SpawnInstance instance, AwsContext context, CancellationToken cancellationToken)
        {
            RequireRunning(instance);
            var credentials = await context.Credentials.GetCredentialsAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var environment = new Dictionary<string, string?>
            {
                ["AWS_ACCESS_KEY_ID"] = credentials.AccessKey,
                ["AWS_SECRET_ACCESS_KEY"] = credentials.SecretKey,
                ["AWS_SESSION_TOKEN"] = credentials.UseToken ? credentials.Token : null,
                ["AWS_PROFILE"] = null,
                ["AWS_DEFAULT_PROFILE"] = null,
                ["AWS_REGION"] = instance.Region,
                ["AWS_DEFAULT_REGION"] = instance.Region,
                ["AWS_ENDPOINT_URL_SSM"] = context.EndpointFor(AwsService.Ssm)?.ToString(),
            };
            return new ConnectCommand("aws", SsmArguments(instance), environment);
        }

        private static string[] SsmArguments(SpawnInstance instance) =>
            new[] { "ssm", "start-session", "--target", instance.InstanceId, "--region", instance.Region };

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
