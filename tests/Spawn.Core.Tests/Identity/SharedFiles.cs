using System;
using System.IO;

namespace Spawn.Tests.Identity
{
    /// <summary>
    /// Finds the shared folder (real AWS vectors and certificates) without hard-coding where the repository lives:
    /// SPAWN_SHARED_DIR when set, else the nearest "shared" folder with identity-vectors found walking up from the
    /// test assembly (a sibling of the checkout in CI, /work/shared beside the worktrees here).
    /// </summary>
    internal static class SharedFiles
    {
        private static readonly Lazy<string> Root = new Lazy<string>(Locate);

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root.Value, System.IO.Path.Combine(parts));

        private static string Locate()
        {
            var given = Environment.GetEnvironmentVariable("SPAWN_SHARED_DIR");
            if (!string.IsNullOrEmpty(given))
            {
                return Directory.Exists(System.IO.Path.Combine(given, "identity-vectors"))
                    ? given
                    : throw new InvalidOperationException($"SPAWN_SHARED_DIR={given} has no identity-vectors folder.");
            }
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(System.IO.Path.Combine(candidate, "identity-vectors")))
                {
                    return candidate;
                }
            }
            throw new InvalidOperationException("No shared/identity-vectors folder above the test assembly; set SPAWN_SHARED_DIR.");
        }
    }
}
