using System;
using System.Globalization;
using System.Linq;

namespace Spawn.Alerts
{
    /// <summary>
    /// Reads <see cref="AlertCheckSettings"/> from environment variables (the Lambda function and its local mode use
    /// the same names), with the optional overrides a scheduled event's detail carries. A bad value stops the check
    /// before any AWS call, with a message naming the variable; a value is never ignored or guessed.
    /// </summary>
    public static class AlertCheckEnvironment
    {
        public const string Names = "SPAWN_ALERT_NAMES";
        public const string PriceSource = "SPAWN_ALERT_PRICE_SOURCE";
        public const string TimeBudgetSeconds = "SPAWN_ALERT_TIME_BUDGET_SECONDS";
        public const string EventNames = "detail.names";
        public const string EventPriceSource = "detail.priceSource";

        public const int DefaultTimeBudgetSeconds = 240;

        /// <summary>Lambda's longest timeout is 900 s; the budget has to end before the function's.</summary>
        public const int MaxTimeBudgetSeconds = 899;

        public static AlertCheckSettings Read(Func<string, string?> environment, string? eventNames = null, string? eventPriceSource = null)
        {
            string? Get(string name) => string.IsNullOrWhiteSpace(environment(name)) ? null : environment(name)!.Trim();

            var names = eventNames == null ? Get(Names) ?? "*" : Pattern(eventNames, EventNames);
            var priceSource = eventPriceSource == null
                ? Source(Get(PriceSource), PriceSource) ?? SpawnPriceSource.Auto
                : Source(eventPriceSource, EventPriceSource)!.Value;
            return new AlertCheckSettings(names, priceSource, TimeSpan.FromSeconds(Budget(Get(TimeBudgetSeconds))));
        }

        public static SpawnValidationException Invalid(string setting, string problem) =>
            new SpawnValidationException("AlertCheckConfigInvalid", $"{setting} {problem}.", setting);

        private static string Pattern(string text, string setting) =>
            string.IsNullOrWhiteSpace(text) ? throw Invalid(setting, "must be a non-empty wildcard pattern") : text.Trim();

        private static SpawnPriceSource? Source(string? text, string setting)
        {
            if (text == null)
            {
                return null;
            }
            // By name only: Enum.TryParse would also take "1" or "Auto,PriceTable".
            var name = Enum.GetNames(typeof(SpawnPriceSource)).FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
            return name == null
                ? throw Invalid(setting, "must be " + string.Join(", ", Enum.GetNames(typeof(SpawnPriceSource))))
                : (SpawnPriceSource)Enum.Parse(typeof(SpawnPriceSource), name);
        }

        private static int Budget(string? text)
        {
            if (text == null)
            {
                return DefaultTimeBudgetSeconds;
            }
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= 1 && seconds <= MaxTimeBudgetSeconds
                ? seconds
                : throw Invalid(TimeBudgetSeconds, $"must be a whole number of seconds from 1 to {MaxTimeBudgetSeconds}, below the function's timeout");
        }
    }
}
