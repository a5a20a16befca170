using System.Text.Json;
using Spawn.Logging;
using Xunit;

namespace Spawn.Tests.Logging
{
    public sealed class HashChainTests
    {
        [Fact]
        public void SealedLine_CarriesSeqPrevAndItsOwnHash_AndReadsBackIntact()
        {
            var line = HashChain.Seal(3, HashChain.Genesis, w => w.WriteString("action", "Test"));

            var link = HashChain.Read(line);
            Assert.True(link.IsSealed);
            Assert.Equal(3, link.Seq);
            Assert.Equal(HashChain.Genesis, link.PreviousHash);
            using var doc = JsonDocument.Parse(line);
            Assert.Equal(link.Hash, doc.RootElement.GetProperty("hash").GetString());
            Assert.Matches("^[0-9a-f]{64}$", link.Hash);
            Assert.EndsWith(",\"hash\":\"" + link.Hash + "\"}", line);
        }

        [Fact]
        public void EditedLine_IsNotSealed_AndItsHashNoLongerMatchesTheStoredOne()
        {
            var line = HashChain.Seal(1, HashChain.Genesis, w => w.WriteString("action", "Stop-SpawnInstance"));
            var stored = HashChain.Read(line).Hash;

            var edited = HashChain.Read(line.Replace("Stop-SpawnInstance", "Get-SpawnInstance"));

            Assert.False(edited.IsSealed);
            Assert.NotEqual(stored, edited.Hash);
        }

        [Theory]
        [InlineData("")]
        [InlineData("not json")]
        [InlineData("{\"seq\":1,\"prev\":\"x\"}")]
        [InlineData("[1,2,3]")]
        public void TextThatIsNotASealedLine_IsReadAsUnsealed(string text)
        {
            var link = HashChain.Read(text);
            Assert.False(link.IsSealed);
            Assert.Null(link.Seq);
        }
    }
}
