using System.Collections.Concurrent;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Dns.Registration;

namespace Spawn.Tests.Dns.Registration
{
    /// <summary>EC2 answered in process (tests that count calls, and the benchmark): instances by id, and a call counter.</summary>
    public sealed class FakeInstances : IInstanceDirectory
    {
        private readonly ConcurrentDictionary<string, LiveInstance> _instances = new ConcurrentDictionary<string, LiveInstance>();
        private int _calls;

        public int Calls => _calls;

        public void Add(string instanceId, string accountId, string publicIp, string state = "running") =>
            _instances[instanceId] = new LiveInstance(instanceId, accountId, state, true, IPAddress.Parse(publicIp), null);

        public Task<LiveInstance?> FindAsync(string accountId, string region, string instanceId, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(_instances.TryGetValue(instanceId, out var instance) ? instance : null);
        }
    }
}
