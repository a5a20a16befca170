using System;
using System.Management.Automation;
using Spawn.Alerts;
using Spawn.PowerShell.Infrastructure;

namespace Spawn.PowerShell.Commands.Alerts
{
    /// <summary>Lists alerts (webhooks masked), all or those whose names match a wildcard pattern.</summary>
    [Cmdlet(VerbsCommon.Get, "SpawnAlert")]
    [OutputType(typeof(SpawnAlert))]
    public sealed class GetSpawnAlertCommand : SpawnAwsCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "*";

        protected override void ProcessRecord()
        {
            try
            {
                var pattern = new WildcardPattern(Name, WildcardOptions.IgnoreCase);
                var context = Context;
                var alerts = RunEngine((sink, token) => new AlertService(context, sink).ListAsync(pattern.IsMatch, token));
                if (alerts.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(Name))
                {
                    Report(new SpawnException("AlertNotFound", SpawnErrorKind.ObjectNotFound, $"There is no alert named '{Name}'.") { Target = Name });
                }
                WriteObject(alerts, enumerateCollection: true);
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                Report(e, Name);
            }
        }
    }
}
