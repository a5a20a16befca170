using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Spawn.Logging
{
    /// <summary>
    /// Seals audit lines into a hash chain. A line is one JSON object: "seq" (its 1-based line number in the day's
    /// file), the record's fields, "prev" (the hash of the line before it) and last "hash": the SHA-256, in lower-case
    /// hex, of the line's UTF-8 text without the hash field (that is, everything before ,"hash" plus the closing brace).
    /// Editing a line breaks its own hash; deleting, inserting or reordering lines breaks a "prev".
    ///
    /// The first line of a day's file chains to the last line of the newest earlier file in the directory, so a
    /// deleted file or lines cut from the end of a file are detected at the next file; the first file ever chains
    /// to <see cref="Genesis"/>. Lines cut from the end of the newest file leave no trace locally: the CloudWatch
    /// Logs sink keeps a copy off the machine for that.
    /// </summary>
    public static class HashChain
    {
        /// <summary>The "prev" of the very first line: no line came before it.</summary>
        public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

        private const string HashField = "hash";
        private const string SealPrefix = ",\"" + HashField + "\":\"";

        // ,"hash":" + 64 hex digits + "}
        private static readonly int SealLength = SealPrefix.Length + 64 + 2;

        /// <summary>The sealed line (without newline) for line <paramref name="seq"/> after a line whose hash is <paramref name="previousHash"/>.</summary>
        public static string Seal(int seq, string previousHash, Action<Utf8JsonWriter> writeFields)
        {
            if (writeFields == null) throw new ArgumentNullException(nameof(writeFields));
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteNumber("seq", seq);
                writeFields(writer);
                writer.WriteString("prev", previousHash);
                writer.WriteEndObject();
            }
            var body = Encoding.UTF8.GetString(buffer.ToArray());
            return body.Substring(0, body.Length - 1) + SealPrefix + Hash(body) + "\"}";
        }

        /// <summary>Reads a line's chain fields and checks its own hash. Never throws: a line that is not sealed JSON is reported as such.</summary>
        public static ChainLink Read(string line)
        {
            if (line == null) throw new ArgumentNullException(nameof(line));
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty(HashField, out var hash) && hash.ValueKind == JsonValueKind.String
                    && root.TryGetProperty("prev", out var prev) && prev.ValueKind == JsonValueKind.String
                    && root.TryGetProperty("seq", out var seq) && seq.TryGetInt32(out var number)
                    && line.Length > SealLength && line.EndsWith("\"}", StringComparison.Ordinal)
                    && string.CompareOrdinal(line, line.Length - SealLength, SealPrefix, 0, SealPrefix.Length) == 0)
                {
                    var stored = hash.GetString()!;
                    var body = line.Substring(0, line.Length - SealLength) + "}";
                    var intact = string.Equals(stored, Hash(body), StringComparison.Ordinal);
                    return new ChainLink(line, number, prev.GetString()!, intact ? stored : Hash(line), intact, root.Clone());
                }
            }
            catch (JsonException)
            {
                // Falls through: not JSON at all.
            }
            return new ChainLink(line, null, null, Hash(line), false, null);
        }

        internal static string Hash(string text)
        {
            using var sha = SHA256.Create();
            var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var hex = new StringBuilder(digest.Length * 2);
            foreach (var b in digest)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            return hex.ToString();
        }
    }
}
