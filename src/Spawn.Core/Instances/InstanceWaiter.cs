using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2.Model;
using Spawn.Aws;
using Spawn.Diagnostics;

namespace Spawn.Instances
{
    /// <summary>Polls DescribeInstances (one call for all ids) until every instance reaches a state, with progress.</summary>
    public static class InstanceWaiter
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

        /// <returns>True when all reached <paramref name="state"/> in time; false on timeout.</returns>
        public static async Task<bool> WaitAsync(AwsContext context, IReadOnlyList<string> instanceIds, string state, TimeSpan timeout,
            IOperationLog log, CancellationToken token)
        {
            var activity = $"Waiting for {instanceIds.Count} instance(s) to be {state}";
            var started = DateTime.UtcNow;
            var activityId = Math.Abs(activity.GetHashCode() % 100000) + 1;
            try
            {
                while (true)
                {
                    var response = await context.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest
                    {
                        Filters = new List<Filter> { new Filter("instance-id", instanceIds.ToList()) },
                    }, token).ConfigureAwait(false);
                    var states = (response.Reservations ?? new List<Reservation>()).SelectMany(r => r.Instances ?? new List<Instance>())
                        .ToDictionary(i => i.InstanceId, i => i.State?.Name?.Value ?? "unknown");
                    var done = instanceIds.Count(id => states.TryGetValue(id, out var s) && s == state);
                    var elapsed = DateTime.UtcNow - started;
                    log.Progress(new OperationProgress(activityId, activity,
                        $"{done}/{instanceIds.Count} {state}: " + string.Join(", ", instanceIds.Select(id => id + " " + (states.TryGetValue(id, out var s) ? s : "?"))),
                        (int)(100.0 * done / instanceIds.Count)));
                    if (done == instanceIds.Count)
                    {
                        return true;
                    }
                    if (elapsed > timeout)
                    {
                        return false;
                    }
                    await Task.Delay(Interval, token).ConfigureAwait(false);
                }
            }
            finally
            {
                log.Progress(new OperationProgress(activityId, activity, "done", 100, completed: true));
            }
        }
    }
}
