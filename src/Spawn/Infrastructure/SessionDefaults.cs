using System;
using System.Collections.Generic;
using System.Management.Automation.Runspaces;

namespace Spawn.PowerShell.Infrastructure
{
    /// <summary>The values Set-SpawnDefault stores for the current runspace (secrets as SecureString).</summary>
    public sealed class SessionDefaultValues
    {
        public string? Region { get; set; }
        public string? ProfileName { get; set; }
        public string? ProfileLocation { get; set; }
        public string? EndpointUrl { get; set; }
        public SpawnCredential? Credential { get; set; }

        internal bool IsEmpty => Region == null && ProfileName == null && ProfileLocation == null && EndpointUrl == null && Credential == null;
    }

    /// <summary>
    /// Spawn's session defaults, one set per runspace so parallel runspaces (ForEach-Object -Parallel,
    /// ThreadJob) do not see each other's credentials.
    /// </summary>
    internal static class SessionDefaults
    {
        private static readonly Dictionary<Guid, SessionDefaultValues> ByRunspace = new Dictionary<Guid, SessionDefaultValues>();

        private static Guid Key => Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty;

        internal static SessionDefaultValues? Current
        {
            get
            {
                lock (ByRunspace)
                {
                    return ByRunspace.TryGetValue(Key, out var values) ? values : null;
                }
            }
        }

        internal static void Set(SessionDefaultValues values)
        {
            lock (ByRunspace)
            {
                ByRunspace[Key] = values;
            }
        }

        internal static void Clear()
        {
            lock (ByRunspace)
            {
                ByRunspace.Remove(Key);
            }
        }
    }
}
