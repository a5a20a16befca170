using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Spawn.Logging
{
    /// <summary>
    /// Keeps the audit log readable by its owner only: the directory 0700 and each file 0600 on Unix (netstandard2.0
    /// has no chmod, hence libc). On Windows the folder is under %LOCALAPPDATA%, whose ACL already limits it to the user.
    /// </summary>
    internal static class OwnerOnlyFiles
    {
        private const int DirectoryMode = 0x1C0; // 0700
        private const int FileMode = 0x180; // 0600

        [DllImport("libc", EntryPoint = "chmod", SetLastError = true)]
        private static extern int chmod(byte[] path, int mode);

        private static bool IsUnix => !RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        /// <summary>Creates the directory (and its parents) and restricts the directory itself.</summary>
        internal static void EnsureDirectory(string path)
        {
            Directory.CreateDirectory(path);
            Restrict(path, DirectoryMode);
        }

        internal static void RestrictFile(string path) => Restrict(path, FileMode);

        private static void Restrict(string path, int mode)
        {
            if (!IsUnix)
            {
                return;
            }
            var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
            Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
            if (chmod(bytes, mode) != 0)
            {
                throw new IOException($"Could not restrict '{path}' to its owner: {new Win32Exception(Marshal.GetLastWin32Error()).Message}");
            }
        }
    }
}
