using System.IO;
using Spawn.Instances;
using Xunit;

namespace Spawn.Tests.Instances
{
    public sealed class KeyStoreTests
    {
        [Fact]
        public void Never_overwrites_a_key_file()
        {
            var directory = Path.Combine(Directory.CreateTempSubdirectory("spawn-keys-").FullName, "ssh");
            var path = KeyStore.Save(directory, "i-0123456789abcdef0", "first");
            var error = Assert.Throws<SpawnException>(() => KeyStore.Save(directory, "i-0123456789abcdef0", "second"));
            Assert.Equal(KeyStore.KeyFileExists, error.ErrorId);
            Assert.Equal("first\n", File.ReadAllText(path));
            if (!System.OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
            }
        }
    }
}
