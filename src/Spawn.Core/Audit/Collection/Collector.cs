using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Audit.Inventory;
using Spawn.Aws;

namespace Spawn.Audit.Collection
{
    /// <summary>
    /// Builds one account's inventory: every region in parallel (bounded by the shared CallGate), then the global data
    /// that depends on which instances were found. Checks never call AWS; this is the only place that does.
    /// </summary>
    public sealed class Collector
    {
        private readonly CallGate _gate;
        private readonly AuditScope _scope;

        public Collector(CallGate gate, AuditScope scope)
        {
            _gate = gate;
            _scope = scope;
        }

        public async Task<AuditInventory> CollectAsync(AwsContext context, string accountId, string partition, CancellationToken ct)
        {
            var account = new AuditInventory(accountId, partition) { ScopedToInstanceIds = _scope.ByInstanceId, CollectedAt = DateTimeOffset.UtcNow };
            var regionCollector = new RegionCollector(_gate, _scope);
            var regions = await Task.WhenAll(_scope.Regions.Select(async name =>
            {
                using var regional = context.ForRegion(name);
                return await regionCollector.CollectAsync(regional, account, ct).ConfigureAwait(false);
            })).ConfigureAwait(false);
            account.Regions.AddRange(regions);
            await new GlobalCollector(_gate).CollectAsync(context, account, ct).ConfigureAwait(false);
            return account;
        }
    }
}
