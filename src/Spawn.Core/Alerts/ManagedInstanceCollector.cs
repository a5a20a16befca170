using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2.Model;
using Spawn.Aws;

namespace Spawn.Alerts
{
    /// <summary>
    /// Lists Spawn-managed instances (tag spawn:managed=true, not terminated) and their volumes, one paginated
    /// DescribeInstances and DescribeVolumes per check. Stand-in until the instance listing engine is merged.
    /// </summary>
    internal static class ManagedInstanceCollector
    {
        internal static async Task<IReadOnlyList<AlertSubject>> CollectAsync(AwsContext context, CancellationToken cancellationToken)
        {
            var subjects = new List<AlertSubject>();
            var request = new DescribeInstancesRequest
            {
                Filters = new List<Filter>
                {
                    new Filter("tag:spawn:managed", new List<string> { "true" }),
                    new Filter("instance-state-name", new List<string> { "pending", "running", "stopping", "stopped" }),
                },
            };
            do
            {
                var page = await context.Ec2.DescribeInstancesAsync(request, cancellationToken).ConfigureAwait(false);
                foreach (var instance in (page.Reservations ?? new List<Reservation>()).SelectMany(r => r.Instances ?? new List<Instance>()))
                {
                    subjects.Add(Subject(instance, context.RegionName));
                }
                request.NextToken = page.NextToken;
            }
            while (!string.IsNullOrEmpty(request.NextToken));
            await AddVolumesAsync(context, subjects, cancellationToken).ConfigureAwait(false);
            return subjects;
        }

        private static AlertSubject Subject(Instance instance, string region)
        {
            var tags = (instance.Tags ?? new List<Tag>()).GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First().Value ?? "");
            tags.TryGetValue("spawn:name", out var name);
            if (name == null)
            {
                tags.TryGetValue("Name", out name);
            }
            tags.TryGetValue("spawn:owner", out var owner);
            return new AlertSubject
            {
                InstanceId = instance.InstanceId,
                Name = name,
                Owner = owner,
                State = instance.State?.Name?.Value ?? "",
                InstanceType = instance.InstanceType?.Value ?? "",
                Region = region,
                LaunchTime = instance.LaunchTime?.ToUniversalTime(),
                Created = Time(tags, "spawn:created") ?? instance.LaunchTime?.ToUniversalTime(),
                ExpiresAt = Time(tags, "spawn:ttl"),
                Tags = tags,
            };
        }

        private static async Task AddVolumesAsync(AwsContext context, List<AlertSubject> subjects, CancellationToken cancellationToken)
        {
            // DescribeVolumes takes up to 200 filter values; a chunk per call keeps large fleets working.
            foreach (var chunk in subjects.Select((s, i) => (s, i)).GroupBy(x => x.i / 200, x => x.s))
            {
                var byId = chunk.ToDictionary(s => s.InstanceId);
                var volumes = byId.Keys.ToDictionary(id => id, _ => new List<(string, int)>());
                var request = new DescribeVolumesRequest
                {
                    Filters = new List<Filter> { new Filter("attachment.instance-id", byId.Keys.ToList()) },
                };
                do
                {
                    var page = await context.Ec2.DescribeVolumesAsync(request, cancellationToken).ConfigureAwait(false);
                    foreach (var volume in page.Volumes ?? new List<Volume>())
                    {
                        foreach (var attachment in volume.Attachments ?? new List<VolumeAttachment>())
                        {
                            if (volumes.TryGetValue(attachment.InstanceId, out var list))
                            {
                                list.Add((volume.VolumeType?.Value ?? "", volume.Size ?? 0));
                            }
                        }
                    }
                    request.NextToken = page.NextToken;
                }
                while (!string.IsNullOrEmpty(request.NextToken));
                foreach (var pair in volumes)
                {
                    byId[pair.Key].Volumes = pair.Value;
                }
            }
        }

        private static DateTime? Time(IReadOnlyDictionary<string, string> tags, string key) =>
            tags.TryGetValue(key, out var text) && DateTime.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value) ? value : (DateTime?)null;
    }
}
