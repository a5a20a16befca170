using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Dns.Registration
{
    /// <summary>The one hosted zone the endpoint writes to. Change methods return Route 53's change id.</summary>
    public interface IDnsRecords
    {
        Task<CurrentRecord?> GetAsync(string fqdn, RecordType type, CancellationToken cancellationToken);
        Task<string> UpsertAsync(string fqdn, RecordType type, string value, int ttl, CancellationToken cancellationToken);
        Task<string> DeleteAsync(string fqdn, RecordType type, CurrentRecord record, CancellationToken cancellationToken);
    }
}
