namespace Spawn
{
    /// <summary>Where an alert goes: a JSON webhook, a Slack-style incoming webhook ({"text": ...}), or an SNS topic (e-mail).</summary>
    public enum SpawnAlertTargetKind
    {
        Webhook,
        Slack,
        Sns,
    }
}
