using System.Reflection;
using System.Runtime.Loader;

namespace Spawn.PowerShell.Loading
{
    /// <summary>
    /// PowerShell 7 only (kept in its own class so Windows PowerShell never JIT-compiles load-context code).
    /// The default context is asked to resolve only the engine; everything the engine needs then comes from
    /// Spawn's context.
    /// </summary>
    internal static class CoreClrResolver
    {
        private const string EngineAssembly = "Spawn.Core";

        internal static void Register() => AssemblyLoadContext.Default.Resolving += OnDefaultResolving;

        internal static void Unregister() => AssemblyLoadContext.Default.Resolving -= OnDefaultResolving;

        private static Assembly? OnDefaultResolving(AssemblyLoadContext context, AssemblyName name)
        {
            if (name.Name != EngineAssembly)
            {
                return null;
            }
            return SpawnLoadContext.Instance.LoadFromAssemblyName(name);
        }
    }
}
