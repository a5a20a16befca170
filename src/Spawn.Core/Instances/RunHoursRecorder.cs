using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2.Model;
using Spawn.Aws;
using Spawn.Diagnostics;

namespace Spawn.Instances
{
    /// <summary>
    /// Writes a finished run period into spawn:run-hours, so it still counts after the next start moves LaunchTime.
    /// Best effort: a failure is a warning, as the stop or the check it follows has worked.
    /// </summary>
    internal static class RunHoursRecorder
    {
        public static async Task RecordAsync(AwsContext context, string instanceId, RunHours hours, IOperationLog log,
            CancellationToken cancellationToken)
        {
            var value = hours.Format();
            log.Verbose($"Calling EC2:CreateTags in {context.RegionName}: {instanceId} {SpawnTags.RunHours}={value}.");
            try
            {
                await context.Ec2.CreateTagsAsync(new CreateTagsRequest
                {
                    Resources = new List<string> { instanceId },
                    Tags = new List<Tag> { new Tag(SpawnTags.RunHours, value) },
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                var error = AwsErrorTranslator.Translate(e);
                log.Warning($"Could not record the run hours of {instanceId} ({error.ErrorId}): {error.Message} "
                    + "Cost estimates will miss this run period after the next start.");
            }
        }
    }
}
