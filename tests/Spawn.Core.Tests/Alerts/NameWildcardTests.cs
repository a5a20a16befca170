using Spawn.Alerts;
using Xunit;

namespace Spawn.Tests.Alerts
{
    /// <summary>Alert-name wildcards as PowerShell's -Name takes them (* and ?), case-insensitive, without PowerShell.</summary>
    public sealed class NameWildcardTests
    {
        [Theory]
        [InlineData("*", "")]
        [InlineData("*", "cost-over-50")]
        [InlineData("cost-*", "cost-over-50")]
        [InlineData("COST-*", "cost-over-50")]
        [InlineData("*-over-*", "cost-over-50")]
        [InlineData("cost-over-5?", "cost-over-50")]
        [InlineData("c*o*5*", "cost-over-50")]
        [InlineData("*50", "cost-50-over-50")]
        [InlineData("a**b", "ab")]
        [InlineData("web.prod", "WEB.PROD")]
        public void Matches(string pattern, string name) => Assert.True(NameWildcard.IsMatch(pattern, name));

        [Theory]
        [InlineData("cost-*", "old-cost")]
        [InlineData("cost", "cost-over-50")]
        [InlineData("cost-over-5?", "cost-over-5")]
        [InlineData("?", "")]
        [InlineData("*50", "cost-50-over")]
        [InlineData("web.prod", "webxprod")]
        [InlineData("[ab]", "a")]
        public void DoesNotMatch(string pattern, string name) => Assert.False(NameWildcard.IsMatch(pattern, name));

        [Fact]
        public void APathologicalPatternIsStillFast()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Assert.False(NameWildcard.IsMatch("*a*a*a*a*a*a*a*a*a*a*b", new string('a', 5000)));
            Assert.True(clock.ElapsedMilliseconds < 2000, clock.ElapsedMilliseconds + " ms");
        }
    }
}
