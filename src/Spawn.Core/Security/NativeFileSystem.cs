using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Spawn.Security
{
    /// <summary>
    /// The few file-system facts <see cref="PathPolicy"/> needs that netstandard2.0 cannot give: the canonical
    /// path with every symbolic link resolved (parents included), and the file type, size and identity of a
    /// path or of an already-open handle (to prove the file read is the file validated). Linux: realpath and
    /// statx (whose layout is the same on every architecture); macOS: realpath and stat (64-bit inode layout);
    /// Windows: CreateFile with backup semantics, GetFinalPathNameByHandle and GetFileInformationByHandle.
    /// </summary>
    internal static class NativeFileSystem
    {
        internal enum FileKind { Regular, Directory, Other }

        /// <summary>What a path or handle refers to; Device and Inode together identify the file.</summary>
        internal readonly struct Identity
        {
            public Identity(FileKind kind, long length, ulong device, ulong inode)
            {
                Kind = kind;
                Length = length;
                Device = device;
                Inode = inode;
            }

            public FileKind Kind { get; }
            public long Length { get; }
            public ulong Device { get; }
            public ulong Inode { get; }

            public bool IsSameFile(Identity other) => Device == other.Device && Inode == other.Inode;
        }

        /// <summary>Why a path could not be resolved, mapped by PathPolicy to an error id.</summary>
        internal enum ResolveFailure { NotFound, AccessDenied, Unresolvable }

        internal sealed class ResolveException : Exception
        {
            public ResolveException(ResolveFailure failure, string detail) : base(detail) => Failure = failure;
            public ResolveFailure Failure { get; }
        }

        internal static bool IsWindows => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
        private static bool IsMacOS => RuntimeInformation.IsOSPlatform(OSPlatform.OSX);

        /// <summary>Resolves <paramref name="path"/> (relative to the process directory) to its canonical target.</summary>
        /// <exception cref="ResolveException">The path does not exist or cannot be resolved.</exception>
        internal static (string CanonicalPath, Identity Identity) Inspect(string path)
        {
            if (IsWindows) return Windows.Inspect(path);
            string canonical = Unix.RealPath(path);
            return (canonical, Unix.Stat(canonical));
        }

        /// <summary>The identity of an open file, so a read can prove it opened the validated file.</summary>
        internal static Identity Identify(SafeFileHandle handle) => IsWindows ? Windows.Identify(handle) : Unix.Identify(handle);

        private static class Unix
        {
            private const int PathMax = 4096; // Linux PATH_MAX; larger than macOS's 1024.
            private const int AtFdCwd = -100;
            private const int AtSymlinkNoFollow = 0x100;
            private const int AtEmptyPath = 0x1000;
            private const uint StatxBasicStats = 0x7ff;
            private const int ENOENT = 2, EACCES = 13, ENOTDIR = 20;
            private const int S_IFMT = 0xF000, S_IFREG = 0x8000, S_IFDIR = 0x4000;

            [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
            private static extern IntPtr realpath(byte[] path, byte[] resolved);

            [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
            private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

            [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
            private static extern int stat_arm64(byte[] path, byte[] buffer);

            [DllImport("libc", EntryPoint = "stat$INODE64", SetLastError = true)]
            private static extern int stat_x64(byte[] path, byte[] buffer);

            [DllImport("libc", EntryPoint = "fstat", SetLastError = true)]
            private static extern int fstat_arm64(int fd, byte[] buffer);

            [DllImport("libc", EntryPoint = "fstat$INODE64", SetLastError = true)]
            private static extern int fstat_x64(int fd, byte[] buffer);

            internal static string RealPath(string path)
            {
                var resolved = new byte[PathMax + 1];
                if (realpath(CString(path), resolved) == IntPtr.Zero)
                {
                    int errno = Marshal.GetLastWin32Error();
                    throw new ResolveException(
                        errno == ENOENT || errno == ENOTDIR ? ResolveFailure.NotFound
                        : errno == EACCES ? ResolveFailure.AccessDenied
                        : ResolveFailure.Unresolvable,
                        new Win32Exception(errno).Message);
                }
                int length = Array.IndexOf(resolved, (byte)0);
                return Encoding.UTF8.GetString(resolved, 0, length);
            }

            /// <summary>Stats a canonical path without following a final symbolic link (there is none left).</summary>
            internal static Identity Stat(string canonicalPath)
            {
                byte[] path = CString(canonicalPath);
                return StatCall(buffer => IsMacOS
                    ? (IsArm64 ? stat_arm64(path, buffer) : stat_x64(path, buffer))
                    : statx(AtFdCwd, path, AtSymlinkNoFollow, StatxBasicStats, buffer));
            }

            internal static Identity Identify(SafeFileHandle handle)
            {
                bool added = false;
                try
                {
                    handle.DangerousAddRef(ref added);
                    int fd = handle.DangerousGetHandle().ToInt32();
                    byte[] empty = { 0 };
                    return StatCall(buffer => IsMacOS
                        ? (IsArm64 ? fstat_arm64(fd, buffer) : fstat_x64(fd, buffer))
                        : statx(fd, empty, AtEmptyPath, StatxBasicStats, buffer));
                }
                finally
                {
                    if (added) handle.DangerousRelease();
                }
            }

            private static bool IsArm64 => RuntimeInformation.ProcessArchitecture == Architecture.Arm64;

            private static Identity StatCall(Func<byte[], int> call)
            {
                var buffer = new byte[256]; // struct statx is 256 bytes; Darwin's struct stat is 144.
                if (call(buffer) != 0)
                {
                    int errno = Marshal.GetLastWin32Error();
                    throw new ResolveException(
                        errno == EACCES ? ResolveFailure.AccessDenied : ResolveFailure.NotFound,
                        new Win32Exception(errno).Message);
                }
                // Offsets from <linux/stat.h> struct statx and Darwin's __DARWIN_STRUCT_STAT64; native byte order.
                int mode = BitConverter.ToUInt16(buffer, IsMacOS ? 4 : 28);
                long size = BitConverter.ToInt64(buffer, IsMacOS ? 96 : 40);
                ulong inode = BitConverter.ToUInt64(buffer, IsMacOS ? 8 : 32);
                ulong device = IsMacOS
                    ? BitConverter.ToUInt32(buffer, 0)
                    : ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
                FileKind kind = (mode & S_IFMT) == S_IFREG ? FileKind.Regular
                    : (mode & S_IFMT) == S_IFDIR ? FileKind.Directory
                    : FileKind.Other;
                return new Identity(kind, size, device, inode);
            }

            private static byte[] CString(string value)
            {
                byte[] bytes = new byte[Encoding.UTF8.GetByteCount(value) + 1];
                Encoding.UTF8.GetBytes(value, 0, value.Length, bytes, 0);
                return bytes;
            }
        }

        private static class Windows
        {
            private const uint FileReadAttributes = 0x80;
            private const uint OpenExisting = 3;
            private const uint FileFlagBackupSemantics = 0x02000000; // lets CreateFile open directories too
            private const uint FileTypeDisk = 1;
            private const uint FileAttributeDirectory = 0x10;
            private const int ErrorFileNotFound = 2, ErrorPathNotFound = 3, ErrorAccessDenied = 5;

            [StructLayout(LayoutKind.Sequential)]
            private struct ByHandleFileInformation
            {
                public uint FileAttributes;
                public long CreationTime, LastAccessTime, LastWriteTime;
                public uint VolumeSerialNumber, FileSizeHigh, FileSizeLow, NumberOfLinks, FileIndexHigh, FileIndexLow;
            }

            [DllImport("kernel32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
            private static extern SafeFileHandle CreateFileW(string name, uint access, FileShare share, IntPtr security, uint disposition, uint flags, IntPtr template);

            [DllImport("kernel32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
            private static extern uint GetFinalPathNameByHandleW(SafeFileHandle handle, StringBuilder path, uint length, uint flags);

            [DllImport("kernel32.dll", SetLastError = true)]
            private static extern bool GetFileInformationByHandle(SafeFileHandle handle, out ByHandleFileInformation information);

            [DllImport("kernel32.dll", SetLastError = true)]
            private static extern uint GetFileType(SafeFileHandle handle);

            internal static (string, Identity) Inspect(string path)
            {
                // \\.\ names devices (PhysicalDrive0, pipes, COM1), some of which report themselves as disk files.
                if (path.StartsWith(@"\\.\", StringComparison.Ordinal)) return (path, new Identity(FileKind.Other, 0, 0, 0));
                using SafeFileHandle handle = CreateFileW(path, FileReadAttributes, FileShare.ReadWrite | FileShare.Delete, IntPtr.Zero, OpenExisting, FileFlagBackupSemantics, IntPtr.Zero);
                if (handle.IsInvalid) throw LastError();
                Identity identity = Identify(handle);
                if (identity.Kind == FileKind.Other) return (Path.GetFullPath(path), identity); // devices have no final path
                return (FinalPath(handle), identity);
            }

            internal static Identity Identify(SafeFileHandle handle)
            {
                if (GetFileType(handle) != FileTypeDisk) return new Identity(FileKind.Other, 0, 0, 0);
                if (!GetFileInformationByHandle(handle, out ByHandleFileInformation info)) throw LastError();
                FileKind kind = (info.FileAttributes & FileAttributeDirectory) != 0 ? FileKind.Directory : FileKind.Regular;
                long length = ((long)info.FileSizeHigh << 32) | info.FileSizeLow;
                ulong index = ((ulong)info.FileIndexHigh << 32) | info.FileIndexLow;
                return new Identity(kind, length, info.VolumeSerialNumber, index);
            }

            private static string FinalPath(SafeFileHandle handle)
            {
                var buffer = new StringBuilder(1024);
                uint length = GetFinalPathNameByHandleW(handle, buffer, (uint)buffer.Capacity, 0);
                if (length >= buffer.Capacity)
                {
                    buffer = new StringBuilder((int)length + 1);
                    length = GetFinalPathNameByHandleW(handle, buffer, (uint)buffer.Capacity, 0);
                }
                if (length == 0) throw LastError();
                string final = buffer.ToString();
                // The API answers in \\?\ form; show users the ordinary form.
                if (final.StartsWith(@"\\?\UNC\", StringComparison.Ordinal)) return @"\\" + final.Substring(8);
                if (final.StartsWith(@"\\?\", StringComparison.Ordinal)) return final.Substring(4);
                return final;
            }

            private static ResolveException LastError()
            {
                int error = Marshal.GetLastWin32Error();
                return new ResolveException(
                    error == ErrorFileNotFound || error == ErrorPathNotFound ? ResolveFailure.NotFound
                    : error == ErrorAccessDenied ? ResolveFailure.AccessDenied
                    : ResolveFailure.Unresolvable,
                    new Win32Exception(error).Message);
            }
        }
    }
}
