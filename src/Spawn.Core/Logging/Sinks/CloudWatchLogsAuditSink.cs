using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.CloudWatchLogs;

namespace Spawn.Logging.Sinks
{
    /// <summary>
    /// The optional copy off the machine: each record as one JSON event in a CloudWatch Logs group (named by
    /// SPAWN_AUDIT_LOG_GROUP), stream "{user}@{machine}", in the operation's region with the operation's credentials.
    /// The group and stream are created on first use.
    /// </summary>
    public sealed class CloudWatchLogsAuditSink : IAuditSink
    {
        // Group and stream creation is checked once per process for each endpoint, region, group and stream.
        private static readonly ConcurrentDictionary<string, bool> Prepared = new ConcurrentDictionary<string, bool>();

        private readonly AwsContext _context;

        public CloudWatchLogsAuditSink(AwsContext context, string logGroupName, string? logStreamName = null)
        {
            _context = context ?? throw new ArgumentNullException(nameof(context));
            LogGroupName = logGroupName ?? throw new ArgumentNullException(nameof(logGroupName));
            LogStreamName = logStreamName ?? (Environment.UserName + "@" + Environment.MachineName);
        }

        public string LogGroupName { get; }
        public string LogStreamName { get; }

        public string Name => $"CloudWatch Logs group '{LogGroupName}' in {_context.RegionName}";

        public async Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
        {
            var client = _context.CloudWatchLogs;
            var key = string.Join("|", _context.EndpointFor(AwsService.CloudWatchLogs)?.ToString() ?? "", _context.RegionName, LogGroupName, LogStreamName);
            if (!Prepared.ContainsKey(key))
            {
                await IgnoreExisting(() => client.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = LogGroupName }, cancellationToken)).ConfigureAwait(false);
                await IgnoreExisting(() => client.CreateLogStreamAsync(
                    new CreateLogStreamRequest { LogGroupName = LogGroupName, LogStreamName = LogStreamName }, cancellationToken)).ConfigureAwait(false);
                Prepared[key] = true;
            }
            var request = new PutLogEventsRequest { LogGroupName = LogGroupName, LogStreamName = LogStreamName };
            request.LogEvents.Add(new InputLogEvent(record.Time, AuditJson.Serialize(record)));
            await client.PutLogEventsAsync(request, cancellationToken).ConfigureAwait(false);
        }

        private static async Task IgnoreExisting(Func<Task> create)
        {
            try
            {
                await create().ConfigureAwait(false);
            }
            catch (ResourceAlreadyExistsException)
            {
                // Created by an earlier process or another machine: what matters is that it exists.
            }
        }
    }
}
