using System;
using System.Collections.Generic;

namespace Spawn.Instances
{
    /// <summary>What Get-SpawnInstance asks for; everything but Expired becomes a DescribeInstances filter.</summary>
    public sealed class InstanceFilter
    {
        /// <summary>Every state but terminated: terminated instances linger in EC2 for about an hour.</summary>
        public static readonly IReadOnlyList<string> LiveStates = new[] { "pending", "running", "stopping", "stopped", "shutting-down" };

        public static readonly IReadOnlyList<string> AllStates = new[] { "pending", "running", "stopping", "stopped", "shutting-down", "terminated" };

        public IReadOnlyList<string> InstanceIds { get; set; } = Array.Empty<string>();

        /// <summary>Names with * and ? wildcards, matched by EC2 against spawn:name.</summary>
        public IReadOnlyList<string> Names { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> States { get; set; } = Array.Empty<string>();
        public string? Owner { get; set; }
        public bool Expired { get; set; }
        public bool IncludeUnmanaged { get; set; }
        public string? KeyDirectory { get; set; }

        /// <summary>Validates states, instance ids and names before any AWS call.</summary>
        public void Validate()
        {
            foreach (var state in States)
            {
                if (!((IList<string>)AllStates).Contains(state))
                {
                    throw new SpawnValidationException("InvalidInstanceState",
                        $"'{state}' is not an instance state ({string.Join(", ", AllStates)}).", state);
                }
            }
            foreach (var id in InstanceIds)
            {
                InstanceIdShape.Validate(id);
            }
        }
    }
}
