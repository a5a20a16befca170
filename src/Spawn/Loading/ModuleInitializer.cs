using System.Management.Automation;

namespace Spawn.PowerShell.Loading
{
    /// <summary>Hooks dependency resolution when the module is imported and unhooks it on Remove-Module.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport() => DependencyResolver.Register();

        public void OnRemove(PSModuleInfo psModuleInfo) => DependencyResolver.Unregister();
    }
}
