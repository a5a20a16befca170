using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Logging.Sinks
{
    /// <summary>Somewhere audit records go. A sink may throw; <see cref="AuditLog"/> turns that into a warning.</summary>
    public interface IAuditSink
    {
        /// <summary>Names the sink in warnings (no secrets: a path or a log group name).</summary>
        string Name { get; }

        Task WriteAsync(AuditRecord record, CancellationToken cancellationToken);
    }
}
