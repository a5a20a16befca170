using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Aws;
using Spawn.Diagnostics;

namespace Spawn.Alerts
{
    /// <summary>
    /// Estimates each instance's cost from the first price list that has every price it needs: the Pricing API, then
    /// the shipped table (Auto), or only one of them. A price list that fails is not asked again in the same pass, so an
    /// unreachable API costs one time-out per check, not one per instance.
    /// </summary>
    internal sealed class PriceBook
    {
        private readonly List<IPriceList> _lists;
        private readonly Dictionary<IPriceList, string> _failed = new Dictionary<IPriceList, string>();
        private readonly IOperationLog _log;

        public PriceBook(IReadOnlyList<IPriceList> lists, IOperationLog log)
        {
            _lists = lists.ToList();
            _log = log;
        }

        public static PriceBook For(SpawnPriceSource source, AwsContext context, IOperationLog log)
        {
            var api = new PricingApiPrices(context);
            var lists = source == SpawnPriceSource.PricingApi ? new IPriceList[] { api }
                : source == SpawnPriceSource.PriceTable ? new IPriceList[] { PriceTable.Shipped }
                : new IPriceList[] { api, PriceTable.Shipped };
            return new PriceBook(lists, log);
        }

        /// <summary>Sets <see cref="AlertSubject.Cost"/>, or <see cref="AlertSubject.CostUnknown"/> with every list's reason.</summary>
        public async Task EstimateAsync(AlertSubject subject, DateTime now, CancellationToken cancellationToken)
        {
            var reasons = new List<string>();
            foreach (var list in _lists)
            {
                if (_failed.TryGetValue(list, out var failure))
                {
                    reasons.Add(failure);
                    continue;
                }
                try
                {
                    var hourly = await list.HourlyAsync(subject.Region, subject.InstanceType, cancellationToken).ConfigureAwait(false);
                    if (hourly == null)
                    {
                        reasons.Add($"{list.Description} has no on-demand Linux price for {subject.InstanceType} in {subject.Region}");
                        continue;
                    }
                    var storage = new Dictionary<string, Price>(StringComparer.Ordinal);
                    string? missing = null;
                    foreach (var type in subject.Volumes.Select(v => v.Type).Distinct())
                    {
                        var gbMonth = await list.StorageGbMonthAsync(subject.Region, type, cancellationToken).ConfigureAwait(false);
                        if (gbMonth == null)
                        {
                            missing = type;
                            break;
                        }
                        storage[type] = gbMonth;
                    }
                    if (missing == null)
                    {
                        subject.Cost = CostEstimate.From(subject, hourly, storage, now);
                        return;
                    }
                    reasons.Add($"{list.Description} has no EBS {missing} price in {subject.Region}");
                }
                catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    var error = AwsErrorTranslator.Translate(e);
                    failure = $"{list.Description} could not be read ({error.ErrorId})";
                    _failed[list] = failure;
                    reasons.Add(failure);
                    _log.Verbose($"{Capitalized(failure)}: {error.Message} It is not asked again in this check.");
                }
            }
            subject.CostUnknown = "no cost estimate: " + string.Join("; ", reasons);
        }

        private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
