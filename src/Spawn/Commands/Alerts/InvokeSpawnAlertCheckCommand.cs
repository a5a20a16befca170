using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Spawn.Alerts;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Alerts
{
    /// <summary>
    /// Evaluates every alert once against the managed instances, sends what newly fired and records it; with -WhatIf
    /// it only evaluates. For scheduled scripts, a scheduled task or a Lambda.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "SpawnAlertCheck", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(SpawnAlertCheckResult))]
    public sealed class InvokeSpawnAlertCheckCommand : SpawnAwsCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "*";

        /// <summary>Auto: the Pricing API, and the shipped table where it cannot answer.</summary>
        [Parameter]
        public SpawnPriceSource PriceSource { get; set; } = SpawnPriceSource.Auto;

        protected override void EndProcessing()
        {
            try
            {
                var pattern = new WildcardPattern(Name, WildcardOptions.IgnoreCase);
                // One ShouldProcess for the whole pass: -WhatIf evaluates every alert and reports WouldFire.
                var send = ShouldProcess($"alerts matching '{Name}' in {Context.RegionName}", "Send the alerts that fire");
                var context = Context;
                var prices = PriceSource;
                Func<EngineSink, CancellationToken, Task<IReadOnlyList<SpawnAlertCheckResult>>> check =
                    (sink, token) => new AlertChecker(context, sink, prices).CheckAsync(pattern.IsMatch, send, token);
                // A sending check is a privileged operation (it notifies, records what fired and tags run hours): it is
                // audited; an evaluation with -WhatIf changes nothing and is not.
                var results = send ? RunAudited(context, Name, check) : RunEngine(check);
                WriteObject(results, enumerateCollection: true);
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                Fail(e);
            }
        }
    }
}
