using System;
using System.Reflection;
using System.Runtime.Loader;

namespace Spawn.PowerShell.Loading
{
    /// <summary>
    /// Spawn's own load context: the engine and the AWS SDK assemblies always load from Dependencies, even
    /// when another module already loaded an assembly with the same identity. Framework assemblies and
    /// Spawn.Models (shared with the cmdlets, so its types stay the same on both sides) come from the default
    /// context; anything else Spawn ships is the fallback when the default context does not have it.
    /// </summary>
    internal sealed class SpawnLoadContext : AssemblyLoadContext
    {
        internal static readonly SpawnLoadContext Instance = new SpawnLoadContext();

        private SpawnLoadContext()
        {
            Resolving += (_, name) => LoadShipped(name);
        }

        protected override Assembly? Load(AssemblyName name)
        {
            if (IsPrivate(name))
            {
                return LoadShipped(name);
            }
            return null;
        }

        private static bool IsPrivate(AssemblyName name) =>
            name.Name != null
            && (name.Name == "Spawn.Core" || name.Name.StartsWith("AWSSDK.", StringComparison.Ordinal));

        private Assembly? LoadShipped(AssemblyName name)
        {
            var path = DependencyResolver.ShippedPath(name);
            return path == null ? null : LoadFromAssemblyPath(path);
        }
    }
}
