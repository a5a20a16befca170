using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Spawn.Security
{
    /// <summary>
    /// POSIX single-quote escaping for every value Spawn puts into a shell command (user data, bootstrap,
    /// TTL agent, ssh). Inside single quotes no POSIX shell expands anything ($, `, \, !, globs, ~ are all
    /// literal), so the only character to handle is the quote itself: close, emit an escaped quote, reopen.
    /// This replaces the reference tool's double-quoted Go literals, in which $() and backticks still ran.
    /// </summary>
    public static class ShellQuote
    {
        /// <summary>
        /// Quotes one argument: <c>it's</c> becomes <c>'it'\''s'</c>; the empty string becomes <c>''</c>.
        /// Quoting stops the shell, not the program: a value starting with "-" is still read as an option,
        /// so commands put "--" before user-supplied operands.
        /// </summary>
        /// <exception cref="SpawnValidationException">ShellArgumentHasNul: C strings end at NUL, so no shell can carry it.</exception>
        public static string Quote(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (value.IndexOf('\0') >= 0)
            {
                throw new SpawnValidationException(
                    "ShellArgumentHasNul",
                    "A shell argument contains a NUL character, which no shell command can carry. Remove it.");
            }

            var quoted = new StringBuilder(value.Length + 2);
            quoted.Append('\'');
            foreach (char c in value)
            {
                if (c == '\'') quoted.Append("'\\''");
                else quoted.Append(c);
            }
            return quoted.Append('\'').ToString();
        }

        /// <summary>Quotes each argument and joins them with single spaces into one command line.</summary>
        public static string Join(IEnumerable<string> arguments)
        {
            if (arguments == null) throw new ArgumentNullException(nameof(arguments));
            return string.Join(" ", arguments.Select(Quote));
        }
    }
}
