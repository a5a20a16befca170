using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2.Model;
using Spawn.Aws;
using Spawn.Instances;

namespace Spawn.Alerts
{
    /// <summary>
    /// The managed, live instances (Spawn's instance listing) with what cost estimates also need: each attached
    /// volume's type and size, from paginated DescribeVolumes calls (200 instances per filter), never one per instance.
    /// </summary>
    internal static class ManagedInstanceCollector
    {
        internal static async Task<IReadOnlyList<AlertSubject>> CollectAsync(AwsContext context, CancellationToken cancellationToken)
        {
            var subjects = new List<AlertSubject>();
            await InstanceQuery.QueryAsync(context, new InstanceFilter(), instance => subjects.Add(Subject(instance)), cancellationToken)
                .ConfigureAwait(false);
            await AddVolumesAsync(context, subjects, cancellationToken).ConfigureAwait(false);
            return subjects;
        }

        private static AlertSubject Subject(SpawnInstance instance)
        {
            instance.Tags.TryGetValue(SpawnTags.Created, out var created);
            return new AlertSubject
            {
                InstanceId = instance.InstanceId,
                Name = instance.Name,
                Owner = instance.Owner,
                State = instance.State,
                InstanceType = instance.InstanceType,
                Region = instance.Region,
                LaunchTime = instance.LaunchTime?.ToUniversalTime(),
                StoppedAt = instance.StoppedAt,
                Created = SpawnTags.ParseTime(created) ?? instance.LaunchTime?.ToUniversalTime(),
                ExpiresAt = instance.ExpiresAt,
                Tags = instance.Tags,
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
    }
}
