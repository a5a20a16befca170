using System.Threading;
using System.Threading.Tasks;

namespace Spawn.Alerts
{
    /// <summary>A place on-demand prices are looked up: the AWS Pricing API or the table shipped with Spawn.</summary>
    internal interface IPriceList
    {
        /// <summary>How results and reasons name it ("the AWS Pricing API").</summary>
        string Description { get; }

        /// <summary>The Linux on-demand hourly price; null when the list has none for the type in the region.</summary>
        Task<Price?> HourlyAsync(string region, string instanceType, CancellationToken cancellationToken);

        /// <summary>The EBS storage price per GB-month; null when the list has none for the volume type in the region.</summary>
        Task<Price?> StorageGbMonthAsync(string region, string volumeType, CancellationToken cancellationToken);
    }
}
