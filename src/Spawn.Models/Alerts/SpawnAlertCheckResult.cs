using System;

namespace Spawn
{
    /// <summary>What one alert check found for one condition on one instance, and what was sent.</summary>
    public sealed class SpawnAlertCheckResult
    {
        public string AlertName { get; set; } = "";
        public string InstanceId { get; set; } = "";
        public string? InstanceName { get; set; }

        /// <summary>CostAbove, PastTtl, OlderThan or AuditFinding.</summary>
        public string Condition { get; set; } = "";

        /// <summary>Fired (sent now), WouldFire (-WhatIf), StillFiring (sent before, not again), Cleared, NotDelivered,
        /// or Unknown (the condition's data could not be read; nothing fires or clears).</summary>
        public string State { get; set; } = "";

        /// <summary>Why the condition holds (or that it no longer does).</summary>
        public string Detail { get; set; } = "";

        /// <summary>Targets that took the alert (webhooks masked).</summary>
        public string[] DeliveredTo { get; set; } = Array.Empty<string>();

        /// <summary>Targets that did not, with the error id.</summary>
        public string[] FailedTo { get; set; } = Array.Empty<string>();

        /// <summary>The instance's estimated accumulated cost in USD, when its prices are known.</summary>
        public decimal? EstimatedCost { get; set; }

        /// <summary>Where the estimate's prices came from: PricingApi or PriceTable (null without an estimate).</summary>
        public SpawnPriceSource? PriceSource { get; set; }

        /// <summary>The date of the prices the estimate used (yyyy-MM-dd): the price list's publication date, or the table's date.</summary>
        public string? PricesAsOf { get; set; }

        public DateTime CheckedAt { get; set; }
    }
}
