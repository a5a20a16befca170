using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Diagnostics;
using Spawn.Logging.Sinks;
using Spawn.Security;

namespace Spawn.Logging
{
    /// <summary>
    /// Writes audit records to every configured sink. A sink that fails never fails the operation: its error
    /// becomes a warning (masked), and the other sinks still get the record.
    /// </summary>
    public sealed class AuditLog
    {
        /// <summary>Set to a log group name to copy every record to CloudWatch Logs as well.</summary>
        public const string LogGroupVariable = "SPAWN_AUDIT_LOG_GROUP";

        public AuditLog(IReadOnlyList<IAuditSink> sinks)
        {
            Sinks = sinks ?? throw new ArgumentNullException(nameof(sinks));
        }

        public IReadOnlyList<IAuditSink> Sinks { get; }

        /// <summary>The sinks the environment asks for: the file sink always, CloudWatch Logs when SPAWN_AUDIT_LOG_GROUP is set.</summary>
        public static AuditLog For(AwsContext context, Func<string, string?>? environment = null)
        {
            environment ??= Environment.GetEnvironmentVariable;
            var sinks = new List<IAuditSink> { new FileAuditSink(AuditDirectory.Resolve(environment)) };
            var group = environment(LogGroupVariable);
            if (!string.IsNullOrEmpty(group))
            {
                sinks.Add(new CloudWatchLogsAuditSink(context, group!));
            }
            return new AuditLog(sinks);
        }

        public async Task WriteAsync(AuditRecord record, IOperationLog log, CancellationToken cancellationToken)
        {
            foreach (var sink in Sinks)
            {
                try
                {
                    await sink.WriteAsync(record, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    log.Warning($"The audit record of {record.Action} was not written to {sink.Name}: {Masking.MaskText(e.Message)}");
                }
            }
        }
    }
}
