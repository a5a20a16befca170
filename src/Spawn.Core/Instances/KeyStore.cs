using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Spawn.Instances
{
    /// <summary>
    /// The local private keys of Spawn's per-instance key pairs: ~/.ssh/spawn-&lt;instance id&gt;.pem (or the
    /// directory in SPAWN_KEY_DIRECTORY). The directory is created 0700 and each file 0600 before any key byte
    /// is written; an existing file is never overwritten. Key material never reaches a log or an exception.
    /// </summary>
    public static class KeyStore
    {
        public const string DirectoryVariable = "SPAWN_KEY_DIRECTORY";
        public const string KeyFileExists = "KeyFileExists";

        public static string ResolveDirectory(string? given)
        {
            var directory = given ?? Environment.GetEnvironmentVariable(DirectoryVariable);
            if (string.IsNullOrEmpty(directory))
            {
                directory = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ssh");
            }
            return Path.GetFullPath(directory);
        }

        public static string PathFor(string directory, string instanceId) => Path.Combine(directory, "spawn-" + instanceId + ".pem");

        /// <summary>Writes the key for <paramref name="instanceId"/> and returns its path.</summary>
        public static string Save(string directory, string instanceId, string keyMaterial)
        {
            if (!Directory.Exists(directory))
            {
                Directory.CreateDirectory(directory);
                Restrict(directory, Convert.ToUInt32("700", 8));
            }
            var path = PathFor(directory, instanceId);
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                throw new SpawnException(KeyFileExists, SpawnErrorKind.ResourceExists,
                    $"The key file '{path}' already exists; Spawn never overwrites a key file.") { Target = path };
            }
            using (stream)
            {
                // Permissions first, content second: the key is never readable by others, not even briefly.
                Restrict(path, Convert.ToUInt32("600", 8));
                var bytes = Encoding.ASCII.GetBytes(keyMaterial.EndsWith("\n", StringComparison.Ordinal) ? keyMaterial : keyMaterial + "\n");
                stream.Write(bytes, 0, bytes.Length);
            }
            return path;
        }

        /// <summary>Deletes the key file of an instance; true when there was one.</summary>
        public static bool Delete(string directory, string instanceId)
        {
            var path = PathFor(directory, instanceId);
            if (!File.Exists(path))
            {
                return false;
            }
            File.Delete(path);
            return true;
        }

        /// <summary>The key file of an instance when it exists on this machine.</summary>
        public static string? Find(string directory, string instanceId)
        {
            var path = PathFor(directory, instanceId);
            return File.Exists(path) ? path : null;
        }

        private static void Restrict(string path, uint mode)
        {
            // Windows: files under the user profile already inherit an owner-only ACL.
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return;
            }
            if (chmod(path, mode) != 0)
            {
                throw new SpawnException("KeyFilePermissions", SpawnErrorKind.SecurityError,
                    $"Could not restrict the permissions of '{path}' (errno {Marshal.GetLastWin32Error()}).") { Target = path };
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int chmod(string path, uint mode);
    }
}
