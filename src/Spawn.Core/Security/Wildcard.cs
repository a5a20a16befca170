using System;

namespace Spawn.Security
{
    /// <summary>
    /// * and ? wildcards without PowerShell (the engine also runs in the Lambda): * matches any run of characters, ? one
    /// character, everything else itself. Used for alert names, IAM action patterns and suppression rules. Matched by
    /// walking both strings, not by a regex, so no pattern can make a match slow.
    /// </summary>
    public static class Wildcard
    {
        public static bool IsMatch(string pattern, string text, bool ignoreCase)
        {
            int p = 0, t = 0, star = -1, resume = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && pattern[p] == '*')
                {
                    // Let the star match nothing for now; on a mismatch it takes one more character.
                    star = p++;
                    resume = t;
                }
                else if (p < pattern.Length && (pattern[p] == '?' || Same(pattern[p], text[t], ignoreCase)))
                {
                    p++;
                    t++;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    t = ++resume;
                }
                else
                {
                    return false;
                }
            }
            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }
            return p == pattern.Length;
        }

        private static bool Same(char a, char b, bool ignoreCase) => a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
    }
}
