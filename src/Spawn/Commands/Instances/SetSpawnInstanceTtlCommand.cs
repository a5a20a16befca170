using System;
using System.Management.Automation;
using Spawn.Aws;
using Spawn.Instances;

namespace Spawn.PowerShell.Commands.Instances
{
    /// <summary>Sets a new expiry (spawn:ttl); the TTL agent on the instance picks it up within a minute.</summary>
    [Cmdlet(VerbsCommon.Set, "SpawnInstanceTtl", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ById)]
    [OutputType(typeof(SpawnInstance))]
    public sealed class SetSpawnInstanceTtlCommand : SpawnInstanceTargetCmdlet
    {
        private DateTime _expiresAt;

        /// <summary>The new lifetime counted from now (90m, 2h, 1d).</summary>
        [Parameter] public string? Ttl { get; set; }

        [Parameter] public DateTime? ExpiresAt { get; set; }
        protected override void BeginProcessing()
        {
            try
            {
                if (Ttl == null && ExpiresAt == null)
                {
                    throw new SpawnValidationException(Spawn.Instances.Ttl.InvalidTtl, "Give -Ttl (from now) or -ExpiresAt.");
                }
                // Validated once, before any AWS call; every instance in the pipeline gets the same expiry.
                _expiresAt = Spawn.Instances.Ttl.Resolve(Ttl, ExpiresAt, DateTime.UtcNow);
            }
            catch (SpawnException e)
            {
                Fail(e);
            }
        }

        internal override void Act(AwsContext context, SpawnInstance instance) =>
            Change(context, instance, ShouldProcess(Describe(instance), $"Set expiry to {SpawnTags.FormatTime(_expiresAt)}"), (lifecycle, token) => lifecycle.SetExpiryAsync(instance, _expiresAt, token));
    }
}
