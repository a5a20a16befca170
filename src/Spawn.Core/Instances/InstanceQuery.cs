using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2.Model;
using Spawn.Aws;

namespace Spawn.Instances
{
    /// <summary>
    /// Lists instances with server-side filters, 1,000 per DescribeInstances page, emitting each page as it
    /// arrives. Volume encryption costs one DescribeVolumes per region (only unencrypted volumes are fetched),
    /// run alongside the first page, never a call per instance.
    /// </summary>
    public static class InstanceQuery
    {
        public const int PageSize = 1000;

        /// <summary>Queries several regions in parallel; a failing region goes to <paramref name="regionFailed"/>, the others go on.</summary>
        /// <returns>The ids found, so callers can report requested ids that do not exist.</returns>
        public static async Task<ISet<string>> QueryRegionsAsync(AwsContext context, IReadOnlyList<string> regions, InstanceFilter filter,
            Action<SpawnInstance> emit, Action<string, Exception> regionFailed, CancellationToken token)
        {
            var found = new ConcurrentDictionary<string, bool>();
            await Task.WhenAll(regions.Distinct().Select(async region =>
            {
                using var regional = context.ForRegion(region);
                try
                {
                    await QueryAsync(regional, filter, i =>
                    {
                        found[i.InstanceId] = true;
                        emit(i);
                    }, token).ConfigureAwait(false);
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    regionFailed(region, AwsErrorTranslator.Translate(e));
                }
            })).ConfigureAwait(false);
            return new HashSet<string>(found.Keys);
        }

        public static async Task QueryAsync(AwsContext context, InstanceFilter filter, Action<SpawnInstance> emit, CancellationToken token)
        {
            var keyDirectory = KeyStore.ResolveDirectory(filter.KeyDirectory);
            var unencrypted = UnencryptedAsync(context, filter.InstanceIds, token);
            var request = new DescribeInstancesRequest { Filters = Filters(filter), MaxResults = PageSize };
            var now = DateTime.UtcNow;
            do
            {
                var page = await context.Ec2.DescribeInstancesAsync(request, token).ConfigureAwait(false);
                var withUnencrypted = await unencrypted.ConfigureAwait(false);
                foreach (var instance in (page.Reservations ?? new List<Reservation>()).SelectMany(r => r.Instances ?? new List<Instance>()))
                {
                    var mapped = InstanceMapper.Map(instance, context.RegionName, keyDirectory, withUnencrypted);
                    if (!filter.Expired || (mapped.ExpiresAt.HasValue && mapped.ExpiresAt.Value <= now))
                    {
                        emit(mapped);
                    }
                }
                request.NextToken = page.NextToken;
            }
            while (!string.IsNullOrEmpty(request.NextToken));
        }

        private static List<Filter> Filters(InstanceFilter filter)
        {
            var filters = new List<Filter>
            {
                new Filter("instance-state-name", (filter.States.Count > 0 ? filter.States : InstanceFilter.LiveStates).ToList()),
            };
            if (!filter.IncludeUnmanaged)
            {
                filters.Add(new Filter("tag:" + SpawnTags.Managed, new List<string> { SpawnTags.True }));
            }
            if (filter.InstanceIds.Count > 0)
            {
                filters.Add(new Filter("instance-id", filter.InstanceIds.ToList()));
            }
            if (filter.Names.Count > 0)
            {
                filters.Add(new Filter("tag:" + SpawnTags.Name, filter.Names.ToList()));
            }
            if (filter.Owner != null)
            {
                filters.Add(new Filter("tag:" + SpawnTags.Owner, new List<string> { filter.Owner }));
            }
            return filters;
        }

        /// <summary>The ids of instances with an unencrypted EBS volume (narrowed to <paramref name="instanceIds"/> when given).</summary>
        internal static async Task<ISet<string>> UnencryptedAsync(AwsContext context, IReadOnlyList<string> instanceIds, CancellationToken token)
        {
            var filters = new List<Filter> { new Filter("encrypted", new List<string> { "false" }) };
            if (instanceIds.Count > 0)
            {
                filters.Add(new Filter("attachment.instance-id", instanceIds.ToList()));
            }
            var request = new DescribeVolumesRequest { Filters = filters, MaxResults = 500 };
            var ids = new HashSet<string>(StringComparer.Ordinal);
            do
            {
                var page = await context.Ec2.DescribeVolumesAsync(request, token).ConfigureAwait(false);
                foreach (var attachment in (page.Volumes ?? new List<Volume>()).SelectMany(v => v.Attachments ?? new List<VolumeAttachment>()))
                {
                    ids.Add(attachment.InstanceId);
                }
                request.NextToken = page.NextToken;
            }
            while (!string.IsNullOrEmpty(request.NextToken));
            return ids;
        }
    }
}
