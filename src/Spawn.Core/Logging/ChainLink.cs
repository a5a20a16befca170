using System.Text.Json;

namespace Spawn.Logging
{
    /// <summary>One audit line as the chain sees it: its position, the hash it points back to, and its own hash.</summary>
    public sealed class ChainLink
    {
        internal ChainLink(string text, int? seq, string? previousHash, string hash, bool isSealed, JsonElement? content)
        {
            Text = text;
            Seq = seq;
            PreviousHash = previousHash;
            Hash = hash;
            IsSealed = isSealed;
            Content = content;
        }

        public string Text { get; }

        /// <summary>The line number the writer gave the line (null when the line is not a sealed audit line).</summary>
        public int? Seq { get; }

        public string? PreviousHash { get; }

        /// <summary>The line's hash: the stored one when it is intact, else the SHA-256 of the text as found (never matches a "prev").</summary>
        public string Hash { get; }

        /// <summary>True when the line is sealed JSON whose content matches its stored hash.</summary>
        public bool IsSealed { get; }

        /// <summary>The parsed line, for reading the record's fields.</summary>
        public JsonElement? Content { get; }
    }
}
