using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.EC2.Model;
using Spawn.Audit.Inventory;
using Spawn.Instances;

namespace Spawn.Audit.Checks.Ec2
{
    /// <summary>SPAWN-EC2-014: stopped no longer than 30 days; the stop time comes from StateTransitionReason.</summary>
    public sealed class StoppedInstanceCheck : InstanceCheck
    {
        public const int MaxStoppedDays = 30;

        public override string Id => "SPAWN-EC2-014";
        public override IReadOnlyList<AuditApi> Needs => new[] { AuditApis.DescribeInstances };

        protected override CheckResult Evaluate(AuditInventory inventory, RegionInventory region, Instance instance, AuditResource resource)
        {
            if (instance.State?.Name?.Value != "stopped")
            {
                return CheckResult.NotApplicable(resource, "The instance is not stopped.");
            }
            var reason = instance.StateTransitionReason ?? "";
            var evidence = new Dictionary<string, string> { ["StateTransitionReason"] = reason };
            if (!(StopTime.Parse(reason) is DateTime stopped))
            {
                return CheckResult.Manual(resource, "The instance is stopped but the stop time cannot be read from StateTransitionReason.", evidence);
            }
            var days = (inventory.CollectedAt - new DateTimeOffset(stopped, TimeSpan.Zero)).TotalDays;
            evidence["StoppedDays"] = ((int)days).ToString(CultureInfo.InvariantCulture);
            return days > MaxStoppedDays
                ? CheckResult.Fail(resource, $"Stopped for {(int)days} days (limit {MaxStoppedDays}).", evidence)
                : CheckResult.Pass(resource, $"Stopped for {(int)days} days.", evidence);
        }
    }
}
