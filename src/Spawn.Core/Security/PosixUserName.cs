using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Spawn.Security
{
    /// <summary>
    /// The name of the local user Spawn creates on an instance (useradd in user data). The shape is the
    /// portable useradd/Debian rule; reserved names are refused because taking over an existing account
    /// (root, a daemon, the AMI's default login, the SSM agent's user) or a privileged group name
    /// (useradd creates a same-named group) would grant more than a fresh, unprivileged login.
    /// </summary>
    public static class PosixUserName
    {
        /// <summary>Lower case, starts with a letter or underscore, at most 32 characters. \z, not $: $ also matches before a final newline.</summary>
        private static readonly Regex Shape = new Regex(@"\A[a-z_][a-z0-9_-]{0,31}\z", RegexOptions.CultureInvariant);

        /// <summary>
        /// Names that already exist, or may exist, on the AMIs Spawn launches:
        /// Debian/Ubuntu base-passwd and common package users; RHEL/Amazon Linux system users;
        /// the default cloud logins (admin, ec2-user, ubuntu...), which own the instance's authorized_keys;
        /// ssm-user and ec2-instance-connect, created by AWS agents; and privileged groups (sudo, wheel,
        /// adm, docker, disk, shadow...) whose name a new user would collide with or be confused with.
        /// </summary>
        private static readonly HashSet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
        {
            // Debian/Ubuntu base-passwd and common system users.
            "root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail", "news", "uucp", "proxy",
            "www-data", "backup", "list", "irc", "gnats", "nobody", "nogroup", "_apt", "sshd", "messagebus",
            "syslog", "uuidd", "tcpdump", "tss", "landscape", "pollinate", "usbmux", "dnsmasq", "lxd",
            "_chrony", "polkitd", "postfix", "ntp", "chrony", "statd", "_rpc", "rpc", "rpcuser", "dhcpcd",
            // RHEL / Amazon Linux / Fedora system users.
            "adm", "shutdown", "halt", "operator", "ftp", "nfsnobody", "dbus", "rngd", "libstoragemgmt",
            "unbound", "apache", "nginx", "mysql", "postgres", "sssd", "setroubleshoot", "cockpit-ws",
            // Default cloud logins and AWS agent users.
            "admin", "ec2-user", "ubuntu", "debian", "centos", "fedora", "rocky", "almalinux", "cloud-user",
            "bitnami", "ssm-user", "ec2-instance-connect",
            // Privileged or sensitive groups.
            "sudo", "wheel", "docker", "disk", "shadow", "kmem", "tty", "utmp", "staff", "users", "video",
            "audio", "dialout", "plugdev", "netdev", "input", "render", "kvm", "floppy", "cdrom",
            "tape", "src", "sasl", "crontab", "ssh_keys", "ssl-cert",
        };

        /// <summary>Prefixes owned by the OS: systemd's dynamic and service users (systemd-network, systemd-resolve...).</summary>
        private static readonly string[] ReservedPrefixes = { "systemd-" };

        public static bool HasValidShape(string? name) => name != null && Shape.IsMatch(name);

        public static bool IsReserved(string name)
        {
            if (name == null) throw new ArgumentNullException(nameof(name));
            if (Reserved.Contains(name)) return true;
            foreach (string prefix in ReservedPrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>Returns the name unchanged when it may be created; throws otherwise.</summary>
        /// <exception cref="SpawnValidationException">InvalidPosixUserName or ReservedPosixUserName.</exception>
        public static string Validate(string? name)
        {
            if (!HasValidShape(name))
            {
                throw new SpawnValidationException(
                    "InvalidPosixUserName",
                    "A user name must be 1 to 32 characters: a lower-case letter or underscore, then lower-case letters, digits, underscores or hyphens.",
                    name);
            }
            if (IsReserved(name!))
            {
                throw new SpawnValidationException(
                    "ReservedPosixUserName",
                    $"The user name '{name}' belongs to the operating system, an AWS agent or a privileged group. Choose another name.",
                    name);
            }
            return name!;
        }
    }
}
