using Spawn.Identity;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// The live instance must be the document's: same id, owned by the document's account, tagged as Spawn's, and
    /// running to register (a delete is also accepted while it stops or shuts down, which is when the shutdown hook runs).
    /// </summary>
    public static class InstanceCheck
    {
        public static void Check(IdentityDocument document, LiveInstance? instance, RecordAction action)
        {
            if (instance == null || instance.InstanceId != document.InstanceId || instance.OwnerAccountId != document.AccountId)
            {
                throw new RegistrationRejectedException(RejectionReason.InstanceNotFound);
            }
            var allowed = action == RecordAction.Upsert
                ? instance.State == "running"
                : instance.State == "running" || instance.State == "stopping" || instance.State == "shutting-down";
            if (!allowed)
            {
                throw new RegistrationRejectedException(RejectionReason.InstanceNotRunning, instance.State);
            }
            if (!instance.IsManaged)
            {
                throw new RegistrationRejectedException(RejectionReason.InstanceNotManaged);
            }
        }
    }
}
