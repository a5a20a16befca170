using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Dns.Registration;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>Route 53 answered in process: records by name and type, and a counter of changes.</summary>
    public sealed class FakeDnsRecords : IDnsRecords
    {
        private readonly ConcurrentDictionary<string, CurrentRecord> _records = new ConcurrentDictionary<string, CurrentRecord>();
        private int _calls;

        public int Calls => _calls;

        public Task<CurrentRecord?> GetAsync(string fqdn, RecordType type, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(_records.TryGetValue(fqdn + "/" + type, out var record) ? record : null);
        }

        public Task<string> UpsertAsync(string fqdn, RecordType type, string value, int ttl, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            _records[fqdn + "/" + type] = new CurrentRecord(ttl, new List<string> { value });
            return Task.FromResult("/change/" + Guid.NewGuid().ToString("N"));
        }

        public Task<string> DeleteAsync(string fqdn, RecordType type, CurrentRecord record, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            _records.TryRemove(fqdn + "/" + type, out _);
            return Task.FromResult("/change/" + Guid.NewGuid().ToString("N"));
        }
    }
}
