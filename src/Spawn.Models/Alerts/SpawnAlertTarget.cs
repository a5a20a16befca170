namespace Spawn
{
    /// <summary>One target of an alert, as Spawn shows it: a webhook only ever in its masked form (scheme, host, "/***").</summary>
    public sealed class SpawnAlertTarget
    {
        public SpawnAlertTargetKind Kind { get; set; }

        /// <summary>The masked webhook URL, or the SNS topic ARN.</summary>
        public string Destination { get; set; } = "";

        public override string ToString() => Kind + " " + Destination;
    }
}
