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

        /// <summary>Return the command line instead of running it.</summary>
        [Parameter] public SwitchParameter PassThru { get; set; }

        internal override void Act(AwsContext context, SpawnInstance instance)
        {
            var command = Ssm ? ConnectCommand.Ssm(instance) : ConnectCommand.Ssh(instance, User);
            if (PassThru)
            {
                WriteObject(command.CommandLine);
                return;
            }
            WriteVerbose("Running: " + command.CommandLine);
            var start = new ProcessStartInfo(command.FileName) { UseShellExecute = false };
            start.Arguments = string.Join(" ", System.Linq.Enumerable.Select(command.Arguments, QuoteArgument));
            using var process = System.Diagnostics.Process.Start(start)!;
            process.WaitForExit();
        }

        /// <summary>netstandard2.0 has no ArgumentList: quote each argument for the runtime's command-line parser.</summary>
        private static string QuoteArgument(string argument) =>
            argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '"' }) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
    }
}
