using Spawn.Security;
using Xunit;

namespace Spawn.Tests.Security
{
    public class PosixUserNameTests
    {
        [Theory]
        [InlineData("alice")]
        [InlineData("_svc")]
        [InlineData("a")]
        [InlineData("dev-user_01")]
        [InlineData("abcdefghijklmnopqrstuvwxyz012345")] // 32 characters
        public void PosixUserName_AcceptsPortableNames(string name)
        {
            Assert.Equal(name, PosixUserName.Validate(name));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("Alice")]
        [InlineData("1user")]
        [InlineData("-user")]
        [InlineData("user name")]
        [InlineData("user$")]
        [InlineData("user;rm")]
        [InlineData("usér")]
        [InlineData("abcdefghijklmnopqrstuvwxyz0123456")] // 33 characters
        [InlineData("alice\n")]
        public void PosixUserName_RefusesBadShape(string? name)
        {
            var e = Assert.Throws<SpawnValidationException>(() => PosixUserName.Validate(name));
            Assert.Equal("InvalidPosixUserName", e.ErrorId);
        }

        [Theory]
        [InlineData("root")]
        [InlineData("daemon")]
        [InlineData("www-data")]
        [InlineData("nobody")]
        [InlineData("sshd")]
        [InlineData("messagebus")]
        [InlineData("admin")]
        [InlineData("ec2-user")]
        [InlineData("ubuntu")]
        [InlineData("ssm-user")]
        [InlineData("sudo")]
        [InlineData("wheel")]
        [InlineData("docker")]
        [InlineData("systemd-network")]
        [InlineData("systemd-anything")]
        public void PosixUserName_RefusesReservedNames(string name)
        {
            var e = Assert.Throws<SpawnValidationException>(() => PosixUserName.Validate(name));
            Assert.Equal("ReservedPosixUserName", e.ErrorId);
            Assert.True(PosixUserName.IsReserved(name));
        }
    }
}
