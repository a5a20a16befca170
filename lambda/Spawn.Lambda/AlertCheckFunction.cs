using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;
using Spawn.Aws;
using Spawn.Security;

namespace Spawn.Lambda
{
    /// <summary>
    /// The scheduled alert check (handler <c>Spawn.Lambda::Spawn.Lambda.AlertCheckFunction::Handle</c>, managed .NET
    /// runtime): an EventBridge event in, a JSON summary out. Each invocation reads its settings (so an event's detail can
    /// override them), checks and sends. An alert that was not delivered is a normal result, not a failure: a failed
    /// invocation is retried, and the retry would send again what the first run delivered. Only a check that could not
    /// run (bad settings, AWS unreachable, time budget spent) fails, after its error id is logged.
    /// </summary>
    public sealed class AlertCheckFunction
    {
        private readonly Func<string, string?> _environment;
        private readonly Action<string> _log;

        public AlertCheckFunction()
            : this(Environment.GetEnvironmentVariable, Console.Out.WriteLine)
        {
        }

        /// <param name="environment">Where settings and AWS configuration come from.</param>
        /// <param name="log">Where log lines go; called from any thread.</param>
        public AlertCheckFunction(Func<string, string?> environment, Action<string> log)
        {
            _environment = environment;
            _log = log;
        }

        public async Task<Stream> Handle(Stream input)
        {
            var clock = Stopwatch.StartNew();
            var checkedAt = DateTime.UtcNow;
            try
            {
                var eventJson = new MemoryStream();
                await input.CopyToAsync(eventJson).ConfigureAwait(false);
                var (names, priceSource) = ScheduledEvent.Read(eventJson.ToArray());
                var settings = AlertCheckEnvironment.Read(_environment, names, priceSource);
                using var context = new AwsContextResolver(environment: _environment).Resolve(new List<AwsSettings>());
                var results = await CheckAsync(context, settings).ConfigureAwait(false);
                var summary = new AlertCheckSummary(settings, context.RegionName, checkedAt, results);
                _log(summary.LogLine(clock.Elapsed));
                return summary.Write();
            }
            catch (Exception e)
            {
                var error = AwsErrorTranslator.Translate(e);
                _log($"ERROR {error.ErrorId}: {Masking.MaskText(error.Message)}");
                if (ReferenceEquals(error, e))
                {
                    throw;
                }
                throw error;
            }
        }

        private async Task<IReadOnlyList<SpawnAlertCheckResult>> CheckAsync(AwsContext context, AlertCheckSettings settings)
        {
            using var budget = new CancellationTokenSource(settings.TimeBudget);
            try
            {
                return await new AlertChecker(context, new LineLog(_log), settings.PriceSource)
                    .CheckAsync(settings.Matches, send: true, budget.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (budget.IsCancellationRequested)
            {
                // Whatever surfaced once the budget ran out: a cancelled call, or a stop the engine translated.
                throw new SpawnException("AlertCheckTimeBudgetExceeded", SpawnErrorKind.LimitsExceeded,
                    $"The alert check did not finish within {AlertCheckEnvironment.TimeBudgetSeconds} ({settings.TimeBudget.TotalSeconds:0} s) and was stopped; "
                    + "the alerts it did not reach are checked at the next run. Raise the budget (it must stay below the function's timeout) "
                    + $"or check fewer alerts per function with {AlertCheckEnvironment.Names}.",
                    e);
            }
        }
    }
}
