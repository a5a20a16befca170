using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Spawn.HelpBuilder
{
    /// <summary>
    /// The cmdlets compiled into the module assembly, seen the way Get-Command sees them: the assembly is
    /// imported in a hosted PowerShell so parameter sets, positions and pipeline flags come from PowerShell's
    /// own metadata rather than a re-implementation of its rules.
    /// </summary>
    internal sealed class CompiledModule : IDisposable
    {
        private readonly Runspace _runspace;

        private CompiledModule(Runspace runspace, IReadOnlyList<CmdletInfo> cmdlets)
        {
            _runspace = runspace;
            Cmdlets = cmdlets;
        }

        public IReadOnlyList<CmdletInfo> Cmdlets { get; }

        /// <summary>Imports the assembly itself, not the manifest: every compiled cmdlet, exported or not.</summary>
        public static CompiledModule Load(string assemblyPath)
        {
            var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            using var shell = PowerShell.Create(runspace);
            var module = shell.AddCommand("Import-Module").AddParameter("Name", assemblyPath).AddParameter("PassThru")
                .Invoke<PSModuleInfo>().Single();
            var cmdlets = module.ExportedCmdlets.Values.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
            return new CompiledModule(runspace, cmdlets);
        }

        public void Dispose() => _runspace.Dispose();
    }
}
