using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Spawn.Iam
{
    /// <summary>
    /// The canonical form of a policy document: compact, object members in ordinal order, arrays as written.
    /// Spawn stores this form, compares what IAM returns in this form (IAM may re-space a document) and names
    /// roles after its hash, so the same policy always maps to the same role.
    /// </summary>
    public static class PolicyJson
    {
        /// <summary>Canonicalizes a JSON document; malformed JSON throws <see cref="JsonException"/>.</summary>
        public static string Canonicalize(string json)
        {
            using var document = JsonDocument.Parse(json);
            return Canonicalize(document.RootElement);
        }

        public static string Canonicalize(JsonElement element)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                Write(writer, element);
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        /// <summary>Whether two documents are the same policy (equal canonical forms); unreadable JSON is never equal.</summary>
        public static bool SameDocument(string? a, string? b)
        {
            if (a == null || b == null) return false;
            try
            {
                return Canonicalize(a) == Canonicalize(b);
            }
            catch (JsonException)
            {
                return false;
            }
        }

        /// <summary>The first 12 hex digits of the SHA-256 of the canonical form: 48 bits, ample for one account's roles.</summary>
        public static string Hash12(string canonicalJson)
        {
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(canonicalJson));
            return string.Concat(hash.Take(6).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        private static void Write(Utf8JsonWriter writer, JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var member in element.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal))
                    {
                        writer.WritePropertyName(member.Name);
                        Write(writer, member.Value);
                    }
                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in element.EnumerateArray())
                    {
                        Write(writer, item);
                    }
                    writer.WriteEndArray();
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }
}
