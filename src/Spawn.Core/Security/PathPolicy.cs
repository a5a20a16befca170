using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Spawn.Security
{
    /// <summary>
    /// The rule for every file Spawn reads on the user's behalf (user data, IAM policy files, suppression
    /// files). Their content leaves the machine (EC2 user data, IAM) or steers the audit, so a crafted
    /// parameter must not turn Spawn into a way to ship /etc/shadow or ~/.aws/credentials to an instance.
    /// The checks run on the canonical target — every symbolic link resolved, parents included — never on
    /// the string, so "..", symlinked directories and links into system locations are judged by where
    /// they land: a ".." that stays in the user's files is fine, a link into /etc is not.
    /// </summary>
    public static class PathPolicy
    {
        /// <summary>Default size limit: far above any policy or user-data file, far below anything harmful to load.</summary>
        public const long DefaultMaxBytes = 1024 * 1024;

        /// <summary>EC2's limit on raw user data (before base64): 16 KiB.</summary>
        public const long UserDataMaxBytes = 16 * 1024;

        /// <summary>
        /// Where the OS keeps its configuration, secrets and kernel interfaces. Refused with the directories
        /// themselves. /proc, /sys and /dev are kernel interfaces (never regular data); macOS keeps /etc and
        /// /var under /private. Not refused: /var/lib (CI homes such as /var/lib/jenkins live there; its
        /// service secrets are root-only anyway) and Program Files (programs, not secrets; users may keep
        /// templates beside their tools).
        /// </summary>
        private static readonly string[] UnixSystemLocations =
        {
            "/etc", "/sys", "/proc", "/root", "/dev", "/boot", "/run", "/var/run",
            "/private/etc", "/private/var/run", "/private/var/db", "/private/var/root", "/System", "/Library/Keychains",
        };

        /// <summary>The user's own credential stores: their content is never user data or policy.</summary>
        private static readonly string[] CredentialStores = { ".aws", ".ssh", ".gnupg" };

        /// <summary>Validates a file before it is read; the result re-checks the file when it is read.</summary>
        /// <param name="path">As the user gave it; relative paths are relative to the process directory, so cmdlets pass provider-resolved paths.</param>
        /// <param name="maxBytes">The largest size accepted, e.g. <see cref="UserDataMaxBytes"/>.</param>
        /// <exception cref="SpawnValidationException">PathInvalid, PathNotFound, PathAccessDenied, PathUnresolvable,
        /// PathInSystemLocation, PathInCredentialStore, PathNotRegularFile or PathTooLarge.</exception>
        public static ValidatedFile Validate(string path, long maxBytes = DefaultMaxBytes) =>
            Validate(path, maxBytes, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

        /// <summary>As <see cref="Validate(string, long)"/>, with the home directory whose credential stores are refused.</summary>
        internal static ValidatedFile Validate(string path, long maxBytes, string homeDirectory)
        {
            if (maxBytes <= 0) throw new ArgumentOutOfRangeException(nameof(maxBytes), "The size limit must be positive.");
            if (string.IsNullOrWhiteSpace(path) || path.IndexOf('\0') >= 0)
            {
                throw new SpawnValidationException("PathInvalid", "The file path is empty or contains a NUL character.", path);
            }

            string canonical;
            NativeFileSystem.Identity identity;
            try
            {
                (canonical, identity) = NativeFileSystem.Inspect(path);
            }
            catch (NativeFileSystem.ResolveException e)
            {
                throw Unresolved(path, e);
            }

            string? location = Containing(canonical, SystemLocations());
            if (location != null)
            {
                throw new SpawnValidationException(
                    "PathInSystemLocation",
                    $"'{path}' resolves to '{canonical}', inside the system location '{location}'. Spawn does not read system files; copy what you need into your own directory.",
                    path);
            }
            string? store = Containing(canonical, CredentialStoreLocations(homeDirectory));
            if (store != null)
            {
                throw new SpawnValidationException(
                    "PathInCredentialStore",
                    $"'{path}' resolves to '{canonical}', inside the credential store '{store}'. Spawn does not read credential files as user data or policy.",
                    path);
            }

            CheckContent(path, canonical, identity, maxBytes);
            return new ValidatedFile(canonical, identity, maxBytes);
        }

        /// <summary>The type and size rules, applied at validation and again on the opened handle.</summary>
        internal static void CheckContent(string path, string canonical, NativeFileSystem.Identity identity, long maxBytes)
        {
            if (identity.Kind != NativeFileSystem.FileKind.Regular)
            {
                string what = identity.Kind == NativeFileSystem.FileKind.Directory ? "a directory" : "a device, pipe or socket";
                throw new SpawnValidationException(
                    "PathNotRegularFile",
                    $"'{path}' resolves to '{canonical}', which is {what}, not a regular file.",
                    path);
            }
            if (identity.Length > maxBytes) throw TooLarge(path, identity.Length, maxBytes);
        }

        internal static SpawnValidationException TooLarge(string path, long length, long maxBytes) =>
            new SpawnValidationException(
                "PathTooLarge",
                $"'{path}' is {length} bytes; the limit here is {maxBytes} bytes.",
                path);

        private static SpawnValidationException Unresolved(string path, NativeFileSystem.ResolveException e)
        {
            switch (e.Failure)
            {
                case NativeFileSystem.ResolveFailure.NotFound:
                    return new SpawnValidationException("PathNotFound", $"'{path}' does not exist ({e.Message}).", path);
                case NativeFileSystem.ResolveFailure.AccessDenied:
                    return new SpawnValidationException("PathAccessDenied", $"'{path}' cannot be read: access denied.", path);
                default:
                    return new SpawnValidationException("PathUnresolvable", $"'{path}' cannot be resolved to a file ({e.Message}).", path);
            }
        }

        private static IEnumerable<string> SystemLocations()
        {
            if (!NativeFileSystem.IsWindows) return WithCanonicalForms(UnixSystemLocations);
            string windows = Environment.GetFolderPath(Environment.SpecialFolder.Windows);
            string programData = Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData);
            // %SystemRoot% covers System32 and the registry hives in System32\config; ProgramData\ssh holds
            // the OpenSSH host keys and ProgramData\Microsoft\Crypto the machine's private keys.
            return WithCanonicalForms(new[]
            {
                windows, @"C:\Windows",
                Path.Combine(programData, "ssh"), Path.Combine(programData, "Microsoft", "Crypto"),
            }.Where(p => p.Length > 0));
        }

        private static IEnumerable<string> CredentialStoreLocations(string home)
        {
            return home.Length == 0 ? Array.Empty<string>() : WithCanonicalForms(CredentialStores.Select(s => Path.Combine(home, s)));
        }

        /// <summary>
        /// Each location as written and as resolved (e.g. /var/run → /run, a home under a symlinked /home),
        /// because the file's path is canonical and must be compared with the canonical location.
        /// </summary>
        private static IEnumerable<string> WithCanonicalForms(IEnumerable<string> locations)
        {
            foreach (string location in locations)
            {
                yield return location;
                string? canonical = null;
                try
                {
                    canonical = NativeFileSystem.Inspect(location).CanonicalPath;
                }
                catch (NativeFileSystem.ResolveException)
                {
                    // Absent on this machine: nothing can resolve into it.
                }
                if (canonical != null) yield return canonical;
            }
        }

        /// <summary>The location that is <paramref name="canonical"/> or one of its ancestors, if any.</summary>
        private static string? Containing(string canonical, IEnumerable<string> locations)
        {
            StringComparison comparison = NativeFileSystem.IsWindows ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (string location in locations)
            {
                string root = location.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                if (canonical.Equals(root, comparison)
                    || canonical.StartsWith(root + Path.DirectorySeparatorChar, comparison))
                {
                    return location;
                }
            }
            return null;
        }
    }
}
