using System;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The endpoint's state: name ownership, the newest pendingTime seen per instance, and rate counters. Every write is
    /// conditional, so concurrent requests (several Lambda instances) cannot both win a name or both pass a limit.
    /// Failures surface as exceptions; the pipeline turns them into <see cref="RejectionReason.StateStoreFailed"/>.
    /// </summary>
    public interface IRegistrationStore
    {
        Task<NameOwner?> GetOwnerAsync(string fqdn, CancellationToken cancellationToken);

        /// <summary>Makes <paramref name="owner"/> the owner if the current owner's instance id is <paramref name="expectedInstanceId"/> (null: no owner).</summary>
        Task<bool> TryClaimAsync(string fqdn, NameOwner owner, string? expectedInstanceId, CancellationToken cancellationToken);

        /// <summary>Removes the ownership if <paramref name="instanceId"/> still holds it.</summary>
        Task<bool> ReleaseAsync(string fqdn, string instanceId, CancellationToken cancellationToken);

        /// <summary>Records <paramref name="pendingTime"/> unless a later one was already seen for the instance (then false).</summary>
        Task<bool> TryAdvancePendingTimeAsync(string instanceId, DateTimeOffset pendingTime, CancellationToken cancellationToken);

        /// <summary>Counts one request against <paramref name="counter"/> unless it already holds <paramref name="limit"/> (then false).</summary>
        Task<bool> TryCountAsync(string counter, int limit, DateTimeOffset expires, CancellationToken cancellationToken);
    }
}
