using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Spawn.Security;
using Xunit;

namespace Spawn.Tests.Security
{
    public class ShellQuoteTests
    {
        /// <summary>Fragments that break naive quoting: quotes, expansions, globs, escapes, control and bidi characters.</summary>
        private static readonly string[] Fragments =
        {
            "'", "\"", "$(", ")", "`", "\n", "\r", "\t", "*", "?", "[", "]", "\\", "!", "~", "#", " ", "-", "--",
            "$", "${", "}", "{", ";", "&", "|", "<", ">", "%", "=", "^", "é", "日本", "😀", "👩‍💻", "\u202E", "\u05D0\u05D1",
            "\u00A0", "\u2028", "\u0001", "\u007F", "\u001B[31m", "''", "'\\''", "\\'", "a", "Z", "0", "$HOME", "$IFS",
            "$((1+1))", "!!", "\\n", "%s", "%%",
        };

        private static readonly string[] NastyCases =
        {
            "", "'", "''", "'\\''", "\"'\"", "$(touch /tmp/spawn-shellquote-pwned)", "`id`", "-n", "-e", "--", "-",
            "a\nb", "\r\n", "\n", "*", "/*", "~", "~root", "#comment", "!!", "!-1", "\\", "\\\\", "${IFS}", "$'\\x41'",
            "😀", "\u202Eevil.sh", "a b\tc", " leading", "trailing ", "[a-z]*", "{a,b}", "%s%s%n", "'; rm -rf / #",
        };

        private static IEnumerable<string> GeneratedStrings()
        {
            var random = new Random(20240917);
            for (int i = 0; i < 3000; i++)
            {
                var value = new StringBuilder();
                int parts = random.Next(0, 12);
                for (int j = 0; j < parts; j++) value.Append(Fragments[random.Next(Fragments.Length)]);
                yield return value.ToString();
            }
        }

        [Theory]
        [InlineData("/bin/bash")]
        [InlineData("/bin/sh")]
        public void ShellQuote_RoundTripsEveryStringThroughPosixShells(string shell)
        {
            if (!File.Exists(shell)) return; // Windows: no POSIX shell to prove it against.

            List<string> values = NastyCases.Concat(GeneratedStrings()).ToList();
            // One printf per line with a few joined arguments each: proves quoting and argument boundaries.
            var script = new StringBuilder();
            for (int i = 0; i < values.Count; i += 3)
            {
                script.Append("printf '%s\\000' ").Append(ShellQuote.Join(values.Skip(i).Take(3))).Append('\n');
            }
            string scriptPath = Path.Combine(Path.GetTempPath(), $"spawn-shellquote-{Guid.NewGuid():N}.sh");
            File.WriteAllText(scriptPath, script.ToString(), new UTF8Encoding(false));
            try
            {
                byte[] output = Run(shell, scriptPath);
                byte[] expected = values.SelectMany(v => Encoding.UTF8.GetBytes(v).Concat(new byte[] { 0 })).ToArray();
                Assert.Equal(expected.Length, output.Length);
                Assert.True(expected.SequenceEqual(output), "shell output differs from the quoted input");
            }
            finally
            {
                File.Delete(scriptPath);
            }
        }

        [Fact]
        public void ShellQuote_EscapesSingleQuoteByClosingAndReopening()
        {
            Assert.Equal("'it'\\''s'", ShellQuote.Quote("it's"));
            Assert.Equal("'$(id) `id` $HOME'", ShellQuote.Quote("$(id) `id` $HOME"));
        }

        [Fact]
        public void ShellQuote_QuotesEmptyStringAsEmptyArgument()
        {
            Assert.Equal("''", ShellQuote.Quote(""));
            Assert.Equal("'a' '' 'b c'", ShellQuote.Join(new[] { "a", "", "b c" }));
        }

        [Fact]
        public void ShellQuote_RefusesNul()
        {
            var e = Assert.Throws<SpawnValidationException>(() => ShellQuote.Quote("a\0b"));
            Assert.Equal("ShellArgumentHasNul", e.ErrorId);
            Assert.Throws<SpawnValidationException>(() => ShellQuote.Join(new[] { "ok", "\0" }));
        }

        private static byte[] Run(string shell, string scriptPath)
        {
            var start = new ProcessStartInfo(shell, scriptPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["LC_ALL"] = "C";
            using Process process = Process.Start(start)!;
            using var output = new MemoryStream();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{shell} failed: {stderr.Result}");
            return output.ToArray();
        }
    }
}
