using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Collection
{
    /// <summary>Counts the AWS requests the audit sends, by API (each page is a request; SDK retries are not counted).</summary>
    public sealed class RequestCounter
    {
        private readonly ConcurrentDictionary<string, int> _byApi = new ConcurrentDictionary<string, int>();
        private int _total;

        public int Total => _total;

        public void Add(AuditApi api)
        {
            Interlocked.Increment(ref _total);
            _byApi.AddOrUpdate(api.Name, 1, (_, n) => n + 1);
        }

        public IDictionary<string, int> ByApi() => _byApi.OrderBy(p => p.Key, System.StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);
    }
}
