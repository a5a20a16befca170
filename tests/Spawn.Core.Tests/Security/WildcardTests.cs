using Spawn.Security;
using Xunit;

namespace Spawn.Tests.Security
{
    /// <summary>* and ? wildcards as PowerShell's -Name takes them, here case-insensitive, without PowerShell.</summary>
    public sealed class WildcardTests
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
        public void Matches(string pattern, string name) => Assert.True(Wildcard.IsMatch(pattern, name, ignoreCase: true));

        [Theory]
        [InlineData("cost-*", "old-cost")]
        [InlineData("cost", "cost-over-50")]
        [InlineData("cost-over-5?", "cost-over-5")]
        [InlineData("?", "")]
        [InlineData("*50", "cost-50-over")]
        [InlineData("web.prod", "webxprod")]
        [InlineData("[ab]", "a")]
        public void DoesNotMatch(string pattern, string name) => Assert.False(Wildcard.IsMatch(pattern, name, ignoreCase: true));

        [Fact]
        public void APathologicalPatternIsAnswered()
        {
            // A backtracking regex would take exponential time here; the walk is bounded by pattern × text (no timing
            // is asserted: tests never assert on wall-clock time).
            Assert.False(Wildcard.IsMatch("*a*a*a*a*a*a*a*a*a*a*b", new string('a', 5000), ignoreCase: true));
        }

        [Fact]
        public void CaseSensitiveWhenAsked()
        {
            Assert.False(Wildcard.IsMatch("SPAWN-EC2-*", "spawn-ec2-001", ignoreCase: false));
            Assert.True(Wildcard.IsMatch("SPAWN-EC2-*", "SPAWN-EC2-001", ignoreCase: false));
        }
    }
}
