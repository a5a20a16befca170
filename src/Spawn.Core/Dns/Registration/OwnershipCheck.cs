using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// Within an account's namespace a name belongs to the first instance that registers it, until that instance is
    /// gone (terminated, shutting down, or no longer known to EC2); only then may another instance take it over, and
    /// the takeover is a conditional write naming the old owner, so two claimants cannot both win.
    /// </summary>
    public sealed class OwnershipCheck
    {
        private readonly IRegistrationStore _store;
        private readonly IInstanceDirectory _instances;

        public OwnershipCheck(IRegistrationStore store, IInstanceDirectory instances)
        {
            _store = store;
            _instances = instances;
        }

        public async Task ClaimAsync(string fqdn, NameOwner claimant, CancellationToken cancellationToken)
        {
            var current = await StoreCall.Run(() => _store.GetOwnerAsync(fqdn, cancellationToken)).ConfigureAwait(false);
            if (current?.InstanceId == claimant.InstanceId)
            {
                return;
            }
            if (current != null)
            {
                var previous = await _instances.FindAsync(current.AccountId, current.Region, current.InstanceId, cancellationToken).ConfigureAwait(false);
                if (previous != null && !previous.IsGone)
                {
                    throw new RegistrationRejectedException(RejectionReason.NameOwnedByAnotherInstance);
                }
            }
            if (!await StoreCall.Run(() => _store.TryClaimAsync(fqdn, claimant, current?.InstanceId, cancellationToken)).ConfigureAwait(false))
            {
                throw new RegistrationRejectedException(RejectionReason.NameOwnedByAnotherInstance, "LostRace");
            }
        }

        public async Task RequireOwnerAsync(string fqdn, string instanceId, CancellationToken cancellationToken)
        {
            var current = await StoreCall.Run(() => _store.GetOwnerAsync(fqdn, cancellationToken)).ConfigureAwait(false);
            if (current == null)
            {
                throw new RegistrationRejectedException(RejectionReason.NameNotRegistered);
            }
            if (current.InstanceId != instanceId)
            {
                throw new RegistrationRejectedException(RejectionReason.NameOwnedByAnotherInstance);
            }
        }
    }
}
