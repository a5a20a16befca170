using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Spawn.Security;
using Xunit;

namespace Spawn.Tests.Security
{
    /// <summary>Unix file-system cases (symlinks, /etc, /proc, FIFOs); on Windows they return early.</summary>
    public sealed class PathPolicyTests : IDisposable
    {
        private static readonly bool IsUnix = !RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
        private readonly string _dir;

        public PathPolicyTests()
        {
            _dir = Path.Combine(Path.GetTempPath(), "spawn-pathpolicy-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_dir);
        }

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        private string WriteFile(string name, string content)
        {
            string path = Path.Combine(_dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return path;
        }

        private static string ErrorId(Action action) => Assert.Throws<SpawnValidationException>(action).ErrorId;

        [Fact]
        public void PathPolicy_AcceptsRegularFileInTempDirectory()
        {
            string path = WriteFile("user-data.sh", "#!/bin/sh\necho hello\n");
            ValidatedFile file = PathPolicy.Validate(path);
            Assert.True(Path.IsPathFullyQualified(file.CanonicalPath));
            Assert.Equal("user-data.sh", Path.GetFileName(file.CanonicalPath));
            Assert.Equal(21, file.Length);
            Assert.Equal("#!/bin/sh\necho hello\n", file.ReadAllText());
        }

        [Fact]
        public void PathPolicy_AcceptsSymlinkedDirectoryWhoseTargetIsFine()
        {
            if (!IsUnix) return;
            string real = WriteFile("real/policy.json", "{}");
            string link = Path.Combine(_dir, "linked");
            File.CreateSymbolicLink(link, Path.Combine(_dir, "real"));
            ValidatedFile file = PathPolicy.Validate(Path.Combine(link, "policy.json"));
            Assert.Equal(PathPolicy.Validate(real).CanonicalPath, file.CanonicalPath);
            Assert.DoesNotContain("linked", file.CanonicalPath);
        }

        [Fact]
        public void PathPolicy_AcceptsTraversalThatStaysInUserFiles()
        {
            string path = WriteFile("a/data.txt", "x");
            Directory.CreateDirectory(Path.Combine(_dir, "b", "c"));
            Assert.Equal(PathPolicy.Validate(path).CanonicalPath, PathPolicy.Validate(Path.Combine(_dir, "b", "c", "..", "..", "a", "data.txt")).CanonicalPath);
        }

        [Fact]
        public void PathPolicy_RefusesSymlinkIntoEtc()
        {
            if (!IsUnix || !File.Exists("/etc/hostname")) return;
            string link = Path.Combine(_dir, "innocent.txt");
            File.CreateSymbolicLink(link, "/etc/hostname");
            Assert.Equal("PathInSystemLocation", ErrorId(() => PathPolicy.Validate(link)));
        }

        [Fact]
        public void PathPolicy_RefusesSymlinkToEtcItself()
        {
            if (!IsUnix) return;
            string link = Path.Combine(_dir, "config");
            File.CreateSymbolicLink(link, "/etc");
            Assert.Equal("PathInSystemLocation", ErrorId(() => PathPolicy.Validate(link)));
            Assert.Equal("PathInSystemLocation", ErrorId(() => PathPolicy.Validate(Path.Combine(link, "passwd"))));
        }

        [Fact]
        public void PathPolicy_RefusesSymlinkChainIntoEtc()
        {
            if (!IsUnix) return;
            string first = Path.Combine(_dir, "first");
            File.CreateSymbolicLink(Path.Combine(_dir, "second"), "/etc/passwd");
            File.CreateSymbolicLink(first, Path.Combine(_dir, "second"));
            Assert.Equal("PathInSystemLocation", ErrorId(() => PathPolicy.Validate(first)));
        }

        [Fact]
        public void PathPolicy_RefusesTraversalIntoEtc()
        {
            if (!IsUnix) return;
            int depth = _dir.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
            string traversal = Path.Combine(_dir, string.Join("/", Enumerable.Repeat("..", depth + 2)), "etc", "passwd");
            Assert.Equal("PathInSystemLocation", ErrorId(() => PathPolicy.Validate(traversal)));
            Assert.Equal("PathInSystemLocation", ErrorId(() => PathPolicy.Validate("/tmp/../etc/passwd")));
        }

        [Theory]
        [InlineData("/etc")]
        [InlineData("/etc/")]
        [InlineData("/etc/passwd")]
        [InlineData("/proc")]
        [InlineData("/proc/self/status")]
        [InlineData("/dev/null")]
        [InlineData("/sys/kernel")]
        [InlineData("/boot")]
        [InlineData("/run")]
        public void PathPolicy_RefusesSystemLocationsAndTheDirectoriesThemselves(string path)
        {
            if (!IsUnix || !(File.Exists(path) || Directory.Exists(path))) return;
            Assert.Equal("PathInSystemLocation", ErrorId(() => PathPolicy.Validate(path)));
        }

        [Fact]
        public void PathPolicy_RefusesCredentialStore()
        {
            string home = Path.Combine(_dir, "home");
            string credentials = WriteFile(Path.Combine("home", ".aws", "credentials"), "[default]\n");
            Assert.Equal("PathInCredentialStore", ErrorId(() => PathPolicy.Validate(credentials, PathPolicy.DefaultMaxBytes, home)));
            string key = WriteFile(Path.Combine("home", ".ssh", "id_ed25519"), "key");
            Assert.Equal("PathInCredentialStore", ErrorId(() => PathPolicy.Validate(key, PathPolicy.DefaultMaxBytes, home)));
            string fine = WriteFile(Path.Combine("home", "user-data.sh"), "echo");
            PathPolicy.Validate(fine, PathPolicy.DefaultMaxBytes, home);
        }

        [Fact]
        public void PathPolicy_RefusesDirectory()
        {
            Assert.Equal("PathNotRegularFile", ErrorId(() => PathPolicy.Validate(_dir)));
        }

        [Fact]
        public void PathPolicy_RefusesFifo()
        {
            if (!IsUnix) return;
            string fifo = Path.Combine(_dir, "pipe");
            using (Process mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
            Assert.Equal("PathNotRegularFile", ErrorId(() => PathPolicy.Validate(fifo)));
        }

        [Fact]
        public void PathPolicy_RefusesMissingFile()
        {
            Assert.Equal("PathNotFound", ErrorId(() => PathPolicy.Validate(Path.Combine(_dir, "missing.txt"))));
            Assert.Equal("PathNotFound", ErrorId(() => PathPolicy.Validate(Path.Combine(_dir, "missing", "x.txt"))));
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("a\0b")]
        public void PathPolicy_RefusesEmptyOrNulPath(string path)
        {
            Assert.Equal("PathInvalid", ErrorId(() => PathPolicy.Validate(path)));
        }

        [Fact]
        public void PathPolicy_RefusesFileLargerThanLimit()
        {
            string path = WriteFile("big.sh", new string('x', (int)PathPolicy.UserDataMaxBytes + 1));
            Assert.Equal("PathTooLarge", ErrorId(() => PathPolicy.Validate(path, PathPolicy.UserDataMaxBytes)));
            Assert.Equal(PathPolicy.UserDataMaxBytes + 1, PathPolicy.Validate(path).Length);
        }

        [Fact]
        public void PathPolicy_ReadRefusesFileGrownPastLimit()
        {
            string path = WriteFile("grows.sh", "small");
            ValidatedFile file = PathPolicy.Validate(path, 10);
            File.AppendAllText(path, "and now much larger than ten bytes");
            Assert.Equal("PathTooLarge", ErrorId(() => file.ReadAllBytes()));
        }

        [Fact]
        public void PathPolicy_ReadRefusesFileReplacedAfterValidation()
        {
            string path = WriteFile("swap.sh", "original");
            ValidatedFile file = PathPolicy.Validate(path);
            // Written while the original still exists, so the file system cannot reuse its inode.
            File.WriteAllText(path + ".new", "replaced");
            File.Move(path + ".new", path, overwrite: true);
            Assert.Equal("PathChanged", ErrorId(() => file.ReadAllBytes()));
        }

        [Fact]
        public void PathPolicy_ReadRefusesSymlinkSwappedIntoEtcAfterValidation()
        {
            if (!IsUnix || !File.Exists("/etc/hostname")) return;
            string path = WriteFile("real/hostname", "innocent");
            ValidatedFile file = PathPolicy.Validate(path);
            // The validated directory becomes a link to /etc: the same canonical path now opens /etc/hostname.
            Directory.Delete(Path.Combine(_dir, "real"), recursive: true);
            File.CreateSymbolicLink(Path.Combine(_dir, "real"), "/etc");
            Assert.True(File.Exists(file.CanonicalPath));
            Assert.Equal("PathChanged", ErrorId(() => file.ReadAllBytes()));
        }

        [Fact]
        public void PathPolicy_ReadRefusesInvalidUtf8()
        {
            string path = Path.Combine(_dir, "binary.bin");
            File.WriteAllBytes(path, new byte[] { 0x61, 0xFF, 0xFE, 0x62 });
            Assert.Equal("PathNotUtf8", ErrorId(() => PathPolicy.Validate(path).ReadAllText()));
        }

        [Fact]
        public void PathPolicy_ReadDropsUtf8ByteOrderMark()
        {
            string path = Path.Combine(_dir, "bom.json");
            File.WriteAllText(path, "{}", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal("{}", PathPolicy.Validate(path).ReadAllText());
        }
    }
}
