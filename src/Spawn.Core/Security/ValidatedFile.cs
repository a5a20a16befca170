using System.IO;
using System.Text;

namespace Spawn.Security
{
    /// <summary>
    /// A file that passed <see cref="PathPolicy"/>. Reading re-checks it on the opened handle — same file
    /// (device and inode, or volume and file index), still regular, still within the limit — so swapping
    /// the file or a parent link between validation and read is refused, and a file growing after
    /// validation is never read past the limit. (A swap to a FIFO between the two can still block the
    /// open itself; that needs write access to the user's own directories.)
    /// </summary>
    public sealed class ValidatedFile
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private readonly NativeFileSystem.Identity _identity;

        internal ValidatedFile(string canonicalPath, NativeFileSystem.Identity identity, long maxBytes)
        {
            CanonicalPath = canonicalPath;
            _identity = identity;
            MaxBytes = maxBytes;
        }

        /// <summary>The full path with every symbolic link resolved.</summary>
        public string CanonicalPath { get; }

        /// <summary>The size in bytes when validated.</summary>
        public long Length => _identity.Length;

        /// <summary>The limit the file was validated against and is read against.</summary>
        public long MaxBytes { get; }

        /// <exception cref="SpawnValidationException">PathChanged, PathNotRegularFile, PathTooLarge, or a resolution error id.</exception>
        public byte[] ReadAllBytes()
        {
            FileStream stream;
            try
            {
                stream = new FileStream(CanonicalPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            }
            catch (IOException e)
            {
                throw Changed(e.Message);
            }
            catch (System.UnauthorizedAccessException)
            {
                throw new SpawnValidationException("PathAccessDenied", $"'{CanonicalPath}' cannot be read: access denied.", CanonicalPath);
            }

            using (stream)
            {
                NativeFileSystem.Identity opened = NativeFileSystem.Identify(stream.SafeFileHandle);
                if (!opened.IsSameFile(_identity)) throw Changed("it was replaced after validation");
                PathPolicy.CheckContent(CanonicalPath, CanonicalPath, opened, MaxBytes);

                // Read at most one byte past the limit: the file may grow between the check and the read.
                var content = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    content.Write(buffer, 0, read);
                    if (content.Length > MaxBytes) throw PathPolicy.TooLarge(CanonicalPath, content.Length, MaxBytes);
                }
                return content.ToArray();
            }
        }

        /// <summary>The content as UTF-8 (a leading byte-order mark is dropped).</summary>
        /// <exception cref="SpawnValidationException">PathNotUtf8, or any error of <see cref="ReadAllBytes"/>.</exception>
        public string ReadAllText()
        {
            byte[] bytes = ReadAllBytes();
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                return StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException)
            {
                throw new SpawnValidationException("PathNotUtf8", $"'{CanonicalPath}' is not UTF-8 text.", CanonicalPath);
            }
        }

        public override string ToString() => CanonicalPath;

        private SpawnValidationException Changed(string detail) =>
            new SpawnValidationException("PathChanged", $"'{CanonicalPath}' changed between validation and reading ({detail}). Validate it again.", CanonicalPath);
    }
}
