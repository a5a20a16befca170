using System.Net;
using Spawn.Security;
using Xunit;

namespace Spawn.Tests.Security
{
    public sealed class PublicAddressTests
    {
        [Theory]
        [InlineData("8.8.8.8")]
        [InlineData("1.1.1.1")]
        [InlineData("52.94.236.248")]
        [InlineData("172.32.0.1")]
        [InlineData("100.128.0.1")]
        [InlineData("169.253.255.255")]
        [InlineData("2606:4700:4700::1111")]
        [InlineData("::ffff:8.8.8.8")]
        public void PublicAddressesAreAllowed(string address) => Assert.Null(PublicAddress.WhyNotPublic(IPAddress.Parse(address)));

        [Theory]
        [InlineData("10.0.0.1", "private")]
        [InlineData("172.16.0.1", "private")]
        [InlineData("172.31.255.255", "private")]
        [InlineData("192.168.0.1", "private")]
        [InlineData("100.64.0.1", "shared address space")]
        [InlineData("127.0.0.1", "loopback")]
        [InlineData("169.254.169.254", "instance metadata")]
        [InlineData("169.254.1.1", "link-local")]
        [InlineData("0.0.0.0", "unspecified")]
        [InlineData("224.0.0.1", "multicast")]
        [InlineData("240.0.0.1", "reserved")]
        [InlineData("::", "unspecified")]
        [InlineData("::1", "loopback")]
        [InlineData("fe80::1", "link-local")]
        [InlineData("fd00:ec2::254", "unique-local")]
        [InlineData("fc00::1", "unique-local")]
        [InlineData("ff02::1", "multicast")]
        [InlineData("::ffff:169.254.169.254", "IPv4-mapped instance metadata")]
        [InlineData("::ffff:192.168.0.1", "IPv4-mapped private")]
        [InlineData("64:ff9b::10.0.0.1", "NAT64 private")]
        [InlineData("2002:a9fe:a9fe::1", "6to4")]
        [InlineData("2001:db8::1", "documentation")]
        public void NonPublicAddressesAreNamed(string address, string expected) =>
            Assert.StartsWith(expected, PublicAddress.WhyNotPublic(IPAddress.Parse(address)));
    }
}
