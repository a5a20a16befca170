using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Spawn.PowerShell.Loading
{
    /// <summary>
    /// Makes Spawn's engine and its AWS SDK copy loadable from the module's Dependencies folder, where
    /// PowerShell's own probing cannot see them. On PowerShell 7 they load into Spawn's own
    /// AssemblyLoadContext, so another module's AWSSDK.Core (same assembly version, different code) cannot
    /// collide with ours. Windows PowerShell 5.1 has no load contexts: there the files are served from
    /// Dependencies by AssemblyResolve, and a conflicting AWSSDK.Core already loaded is reported at import.
    /// </summary>
    internal static class DependencyResolver
    {
        private static readonly object Gate = new object();
        private static bool _registered;

        internal static string DependencyDirectory { get; } =
            Path.Combine(Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location)!, "Dependencies");

        internal static bool IsCoreClr { get; } =
            !RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        /// <summary>Idempotent and thread-safe: Import-Module runs once per runspace, assemblies load once per process.</summary>
        internal static void Register()
        {
            lock (Gate)
            {
                if (_registered)
                {
                    return;
                }
                if (IsCoreClr)
                {
                    CoreClrResolver.Register();
                }
                else
                {
                    AppDomain.CurrentDomain.AssemblyResolve += OnDesktopResolve;
                }
                _registered = true;
            }
        }

        internal static void Unregister()
        {
            lock (Gate)
            {
                if (!_registered)
                {
                    return;
                }
                if (IsCoreClr)
                {
                    CoreClrResolver.Unregister();
                }
                else
                {
                    AppDomain.CurrentDomain.AssemblyResolve -= OnDesktopResolve;
                }
                _registered = false;
            }
        }

        /// <summary>The file in Dependencies for an assembly name, or null when Spawn does not ship it.</summary>
        internal static string? ShippedPath(AssemblyName name)
        {
            if (string.IsNullOrEmpty(name.Name) || name.Name!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                return null;
            }
            var path = Path.Combine(DependencyDirectory, name.Name + ".dll");
            return File.Exists(path) ? path : null;
        }

        private static Assembly? OnDesktopResolve(object? sender, ResolveEventArgs args)
        {
            var path = ShippedPath(new AssemblyName(args.Name));
            return path == null ? null : Assembly.LoadFrom(path);
        }
    }
}
