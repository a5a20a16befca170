using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Spawn.Identity
{
    /// <summary>
    /// System.Text.Json 8 silently keeps the last of two members with the same name, so a signed document carrying
    /// <c>"accountId"</c> twice would mean one thing to us and another to any other parser. This walks the tokens once
    /// and reports the first repeated member name at any depth. Names are compared after unescaping and ignoring
    /// case, so <c>"account\u0049d"</c> and <c>"AccountId"</c> count as repeats of <c>"accountId"</c>.
    /// </summary>
    public static class StrictJson
    {
        private const int MaxDepth = 16;

        /// <summary>The first duplicated member name, or null. Throws <see cref="JsonException"/> on malformed JSON.</summary>
        public static string? FindDuplicateMember(ReadOnlySpan<byte> utf8)
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            var open = new Stack<HashSet<string>>();
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        open.Push(new HashSet<string>(StringComparer.OrdinalIgnoreCase));
                        break;
                    case JsonTokenType.EndObject:
                        open.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!open.Peek().Add(name))
                        {
                            return name;
                        }
                        break;
                }
            }
            return null;
        }
    }
}
