using Spawn.Dns;
using Xunit;

namespace Spawn.Tests.Dns
{
    public class RecordNameTests
    {
        [Theory]
        [InlineData("a")]
        [InlineData("0")]
        [InlineData("web-1")]
        [InlineData("ab-c")]
        [InlineData("abc--d")]
        [InlineData("123")]
        [InlineData("abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopqrstuvwxyz")]
        public void ValidLabels_AreAccepted(string name)
        {
            Assert.Equal(name, RecordName.Parse(name).Value);
            Assert.True(RecordName.IsValid(name));
        }

        [Theory]
        [InlineData(null, "DnsRecordNameEmpty")]
        [InlineData("", "DnsRecordNameEmpty")]
        [InlineData("abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopqrstuvwxyz0", "DnsRecordNameTooLong")]
        [InlineData("-web", "DnsRecordNameHyphenAtEdge")]
        [InlineData("web-", "DnsRecordNameHyphenAtEdge")]
        [InlineData("-", "DnsRecordNameHyphenAtEdge")]
        [InlineData("Web", "DnsRecordNameUppercase")]
        [InlineData("WEB", "DnsRecordNameUppercase")]
        [InlineData("web_1", "DnsRecordNameInvalidCharacter")]
        [InlineData("*", "DnsRecordNameInvalidCharacter")]
        [InlineData("web\\0521", "DnsRecordNameInvalidCharacter")]
        [InlineData("caf\u00e9", "DnsRecordNameInvalidCharacter")]
        [InlineData("we\u0432", "DnsRecordNameInvalidCharacter")]
        [InlineData("web\u0000", "DnsRecordNameInvalidCharacter")]
        [InlineData("a.b", "DnsRecordNameNotSingleLabel")]
        [InlineData("web.", "DnsRecordNameNotSingleLabel")]
        [InlineData("xn--abc", "DnsRecordNameReservedPrefix")]
        [InlineData("ab--c", "DnsRecordNameReservedPrefix")]
        [InlineData(" web", "DnsRecordNameWhitespace")]
        [InlineData("web ", "DnsRecordNameWhitespace")]
        [InlineData("web\n", "DnsRecordNameWhitespace")]
        [InlineData("w eb", "DnsRecordNameWhitespace")]
        public void InvalidLabels_AreRejected_WithASpecificErrorId(string? name, string errorId)
        {
            var e = Assert.Throws<SpawnValidationException>(() => RecordName.Parse(name));

            Assert.Equal(errorId, e.ErrorId);
            Assert.Equal(name, e.Target);
            Assert.False(RecordName.IsValid(name));
        }
    }
}
