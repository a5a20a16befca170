using System.Collections.Generic;
using System.Linq;
using Amazon;

namespace Spawn.Aws
{
    /// <summary>The regions the SDK knows, for completion and for a friendly hint on a typo.</summary>
    public static class KnownRegions
    {
        public static IReadOnlyList<string> Names { get; } =
            RegionEndpoint.EnumerableAllRegions.Select(r => r.SystemName).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
    }
}
