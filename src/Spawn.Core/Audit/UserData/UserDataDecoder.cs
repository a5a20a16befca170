using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace Spawn.Audit.UserData
{
    /// <summary>One decoded text part of user data (the whole payload, or one MIME part of cloud-init multipart).</summary>
    public sealed class UserDataPart
    {
        public UserDataPart(string name, string text)
        {
            Name = name;
            Text = text;
        }

        public string Name { get; }
        public string Text { get; }
    }

    /// <summary>
    /// Unwraps user data the way cloud-init reads it: base64 (the API's encoding), gzip, MIME multipart with base64 or
    /// gzip parts, recursively. Anything that does not decode to UTF-8 text throws FormatException (the check says Manual).
    /// </summary>
    public static class UserDataDecoder
    {
        private const int MaxDepth = 4;

        public static IReadOnlyList<UserDataPart> Decode(string base64)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(base64.Trim());
            }
            catch (FormatException)
            {
                throw new FormatException("User data is not valid base64.");
            }
            var parts = new List<UserDataPart>();
            DecodeBytes("user data", bytes, parts, 0);
            return parts;
        }

        private static void DecodeBytes(string name, byte[] bytes, List<UserDataPart> parts, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new FormatException($"{name} nests encodings more than {MaxDepth} deep.");
            }
            if (bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
            {
                DecodeBytes(name + " (gzip)", Gunzip(bytes), parts, depth + 1);
                return;
            }
            string text;
            try
            {
                text = new UTF8Encoding(false, true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new FormatException($"{name} is neither gzip nor UTF-8 text.");
            }
            var boundary = MultipartBoundary(text);
            if (boundary == null)
            {
                parts.Add(new UserDataPart(name, text));
                return;
            }
            var index = 0;
            foreach (var raw in SplitParts(text, boundary))
            {
                index++;
                var (headers, body) = SplitHeaders(raw);
                var partName = $"{name} part {index}";
                var payload = Encoding.UTF8.GetBytes(body);
                if (headers.TryGetValue("content-transfer-encoding", out var encoding) && encoding.Trim().Equals("base64", StringComparison.OrdinalIgnoreCase))
                {
                    try
                    {
                        payload = Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))));
                    }
                    catch (FormatException)
                    {
                        throw new FormatException($"{partName} says base64 but is not.");
                    }
                }
                DecodeBytes(partName, payload, parts, depth + 1);
            }
        }

        private static byte[] Gunzip(byte[] bytes)
        {
            try
            {
                using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var output = new MemoryStream();
                input.CopyTo(output);
                return output.ToArray();
            }
            catch (InvalidDataException)
            {
                throw new FormatException("User data starts like gzip but does not decompress.");
            }
        }

        /// <summary>The boundary of a MIME multipart document, read from its top-level Content-Type header.</summary>
        private static string? MultipartBoundary(string text)
        {
            var (headers, _) = SplitHeaders(text);
            if (!headers.TryGetValue("content-type", out var type) || type.IndexOf("multipart/", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return null;
            }
            foreach (var parameter in type.Split(';').Skip(1))
            {
                var kv = parameter.Split(new[] { '=' }, 2);
                if (kv.Length == 2 && kv[0].Trim().Equals("boundary", StringComparison.OrdinalIgnoreCase))
                {
                    return kv[1].Trim().Trim('"');
                }
            }
            return null;
        }

        private static IEnumerable<string> SplitParts(string text, string boundary)
        {
            var delimiter = "--" + boundary;
            var sections = text.Replace("\r\n", "\n").Split(new[] { delimiter }, StringSplitOptions.None);
            // sections[0] is the preamble (with the top headers); a section starting with "--" is the closing delimiter.
            return sections.Skip(1).Where(s => !s.StartsWith("--", StringComparison.Ordinal)).Select(s => s.TrimStart('\n'));
        }

        /// <summary>RFC 822 headers up to the first empty line (continuation lines folded), and the body.</summary>
        private static (Dictionary<string, string> Headers, string Body) SplitHeaders(string text)
        {
            var normalized = text.Replace("\r\n", "\n");
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var end = normalized.IndexOf("\n\n", StringComparison.Ordinal);
            if (end < 0)
            {
                return (headers, normalized);
            }
            string? last = null;
            foreach (var line in normalized.Substring(0, end).Split('\n'))
            {
                if ((line.StartsWith(" ", StringComparison.Ordinal) || line.StartsWith("\t", StringComparison.Ordinal)) && last != null)
                {
                    headers[last] += " " + line.Trim();
                    continue;
                }
                var colon = line.IndexOf(':');
                if (colon <= 0 || line.Substring(0, colon).Any(char.IsWhiteSpace))
                {
                    // Not a header block (e.g. a shell script): the whole text is body.
                    return (new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), normalized);
                }
                last = line.Substring(0, colon).Trim().ToLowerInvariant();
                headers[last] = line.Substring(colon + 1).Trim();
            }
            return (headers, normalized.Substring(end + 2));
        }
    }
}
