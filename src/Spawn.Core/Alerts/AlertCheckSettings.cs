using System;
using Spawn.Security;

namespace Spawn.Alerts
{
    /// <summary>How a scheduled alert check runs; read by <see cref="AlertCheckEnvironment"/>.</summary>
    public sealed class AlertCheckSettings
    {
        public AlertCheckSettings(string names, SpawnPriceSource priceSource, TimeSpan timeBudget)
        {
            Names = names;
            PriceSource = priceSource;
            TimeBudget = timeBudget;
        }

        /// <summary>Which alerts to check: a wildcard pattern (* and ?, case-insensitive) on their names.</summary>
        public string Names { get; }

        public SpawnPriceSource PriceSource { get; }

        /// <summary>How long the check may run before it is cancelled; shorter than the function's timeout, so the
        /// function reports the overrun itself instead of being killed mid-send.</summary>
        public TimeSpan TimeBudget { get; }

        public bool Matches(string alertName) => Wildcard.IsMatch(Names, alertName, ignoreCase: true);
    }
}
