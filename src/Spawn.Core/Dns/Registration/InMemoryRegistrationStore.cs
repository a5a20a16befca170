using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Dns.Registration
{
    /// <summary>The local host's state: one process, one lock. Lost on restart, which is acceptable only locally.</summary>
    public sealed class InMemoryRegistrationStore : IRegistrationStore
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, NameOwner> _owners = new Dictionary<string, NameOwner>(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> _pendingTimes = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Count, DateTimeOffset Expires)> _counters =
            new Dictionary<string, (int, DateTimeOffset)>(StringComparer.Ordinal);
        private readonly Func<DateTimeOffset> _clock;

        public InMemoryRegistrationStore(Func<DateTimeOffset>? clock = null) => _clock = clock ?? (() => DateTimeOffset.UtcNow);

        public Task<NameOwner?> GetOwnerAsync(string fqdn, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                return Task.FromResult(_owners.TryGetValue(fqdn, out var owner) ? owner : null);
            }
        }

        public Task<bool> TryClaimAsync(string fqdn, NameOwner owner, string? expectedInstanceId, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                var current = _owners.TryGetValue(fqdn, out var existing) ? existing.InstanceId : null;
                if (current != expectedInstanceId)
                {
                    return Task.FromResult(false);
                }
                _owners[fqdn] = owner;
                return Task.FromResult(true);
            }
        }

        public Task<bool> ReleaseAsync(string fqdn, string instanceId, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                return Task.FromResult(_owners.TryGetValue(fqdn, out var owner) && owner.InstanceId == instanceId && _owners.Remove(fqdn));
            }
        }

        public Task<bool> TryAdvancePendingTimeAsync(string instanceId, DateTimeOffset pendingTime, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (_pendingTimes.TryGetValue(instanceId, out var seen) && seen > pendingTime)
                {
                    return Task.FromResult(false);
                }
                _pendingTimes[instanceId] = pendingTime;
                return Task.FromResult(true);
            }
        }

        public Task<bool> TryCountAsync(string counter, int limit, DateTimeOffset expires, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                var now = _clock();
                var count = _counters.TryGetValue(counter, out var entry) && entry.Expires > now ? entry.Count : 0;
                if (count >= limit)
                {
                    return Task.FromResult(false);
                }
                _counters[counter] = (count + 1, expires);
                // Expired windows are dropped as new ones start, so the table stays bounded by the active keys.
                if (_counters.Count > 10000)
                {
                    foreach (var key in new List<string>(_counters.Keys))
                    {
                        if (_counters[key].Expires <= now)
                        {
                            _counters.Remove(key);
                        }
                    }
                }
                return Task.FromResult(true);
            }
        }
    }
}
