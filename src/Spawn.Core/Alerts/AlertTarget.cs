namespace Spawn.Alerts
{
    /// <summary>
    /// A stored target. A webhook is kept only as KMS ciphertext plus its masked form; an SNS topic by its ARN
    /// (not a secret). The plain URL exists only while a message is being sent.
    /// </summary>
    public sealed class AlertTarget
    {
        private AlertTarget(SpawnAlertTargetKind kind, string destination, byte[]? ciphertext)
        {
            Kind = kind;
            Destination = destination;
            Ciphertext = ciphertext;
        }

        public SpawnAlertTargetKind Kind { get; }

        /// <summary>The masked URL or the topic ARN.</summary>
        public string Destination { get; }

        public byte[]? Ciphertext { get; }

        public static AlertTarget Webhook(SpawnAlertTargetKind kind, string maskedUrl, byte[] ciphertext) =>
            new AlertTarget(kind, maskedUrl, ciphertext);

        public static AlertTarget Topic(string topicArn) => new AlertTarget(SpawnAlertTargetKind.Sns, topicArn, null);

        public SpawnAlertTarget ToOutput() => new SpawnAlertTarget { Kind = Kind, Destination = Destination };

        public override string ToString() => Kind + " " + Destination;
    }
}
