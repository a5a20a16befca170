using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Dns.Registration
{
    /// <summary>
    /// Looks an instance up in EC2 (DescribeInstances in the document's region, as the document's account).
    /// Returns null only when EC2 says the instance does not exist; every other failure is
    /// <see cref="RejectionReason.InstanceLookupFailed"/> — the endpoint fails closed, unlike the reference.
    /// </summary>
    public interface IInstanceDirectory
    {
        Task<LiveInstance?> FindAsync(string accountId, string region, string instanceId, CancellationToken cancellationToken);
    }
}
