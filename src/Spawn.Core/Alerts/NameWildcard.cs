using System;

namespace Spawn.Alerts
{
    /// <summary>
    /// Wildcard names without PowerShell (the engine also runs in the Lambda): * matches any run of characters, ? one
    /// character, everything else itself, case-insensitively. Matched by walking both strings, not by a regex, so no
    /// pattern can make a match slow.
    /// </summary>
    public static class NameWildcard
    {
        public static bool IsMatch(string pattern, string text)
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
                else if (p < pattern.Length && (pattern[p] == '?' || Same(pattern[p], text[t])))
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

        private static bool Same(char a, char b) => char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
    }
}
