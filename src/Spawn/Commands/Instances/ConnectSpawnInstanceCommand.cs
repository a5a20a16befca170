using System.Diagnostics;
using System.Management.Automation;
using Spawn.Aws;
using Spawn.Instances;

namespace Spawn.PowerShell.Commands.Instances
{
    /// <summary>Opens a shell on an instance with ssh (its own key, accept-new host keys) or Session Manager.</summary>
    [Cmdlet(VerbsCommunications.Connect, "SpawnInstance", DefaultParameterSetName = ById)]
    [OutputType(typeof(string))]
    public sealed class ConnectSpawnInstanceCommand : SpawnInstanceTargetCmdlet
    {
        /// <summary>The login; by default the image family's (spawn:ssh-user).</summary>
        [Parameter] public string? User { get; set; }

        [Parameter] public SwitchParameter Ssm { get; set; }

        internal override void Act(AwsContext context, SpawnInstance instance)
        {
            if (PassThru)
            {
                WriteObject((Ssm ? ConnectCommand.Ssm(instance) : ConnectCommand.Ssh(instance, User)).CommandLine);
                return;
            }
            var command = Ssm
                ? RunEngine((_, token) => ConnectCommand.SsmWithCredentialsAsync(instance, context, token))
                : ConnectCommand.Ssh(instance, User);
            WriteVerbose("Running: " + command.CommandLine);
            var start = new ProcessStartInfo(command.FileName) { UseShellExecute = false };
            start.Arguments = string.Join(" ", System.Linq.Enumerable.Select(command.Arguments, QuoteArgument));
            foreach (var variable in command.Environment)
            {
                if (variable.Value == null)
                {
                    start.Environment.Remove(variable.Key);
                }
                else
                {
                    start.Environment[variable.Key] = variable.Value;
                }
            }
            using var process = System.Diagnostics.Process.Start(start)!;
            process.WaitForExit();
        }

        /// <summary>netstandard2.0 has no ArgumentList: quote each argument for the runtime's command-line parser.</summary>
        private static string QuoteArgument(string argument) =>
            argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '"' }) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
    }
}
