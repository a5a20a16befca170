using System;
using System.Threading.Tasks;

namespace Spawn.Dns.Registration
{
    /// <summary>Runs a state-store call; any failure but cancellation becomes <see cref="RejectionReason.StateStoreFailed"/> (fail closed).</summary>
    internal static class StoreCall
    {
        public static async Task<T> Run<T>(Func<Task<T>> call)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (!(e is OperationCanceledException) && !(e is RegistrationRejectedException))
            {
                throw new RegistrationRejectedException(RejectionReason.StateStoreFailed, e.GetType().Name);
            }
        }
    }
}
