using System.Threading;
using System.Threading.Tasks;
using Spawn.Identity;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// A document is signed once per boot and readable by anything on the instance, so it is a bearer token for the
    /// instance's lifetime. Refusing documents whose pendingTime is older than the newest seen for the instance
    /// (as Vault does) stops replay of a previous boot's document once a newer one has been used.
    /// </summary>
    public sealed class ReplayCheck
    {
        private readonly IRegistrationStore _store;

        public ReplayCheck(IRegistrationStore store) => _store = store;

        public async Task CheckAsync(IdentityDocument document, CancellationToken cancellationToken)
        {
            if (!await StoreCall.Run(() => _store.TryAdvancePendingTimeAsync(document.InstanceId, document.PendingTime, cancellationToken)).ConfigureAwait(false))
            {
                throw new RegistrationRejectedException(RejectionReason.ReplayedDocument);
            }
        }
    }
}
