namespace Spawn.Dns.Registration
{
    /// <summary>Which instance a full name belongs to, and where to look that instance up to see whether it is gone.</summary>
    public sealed class NameOwner
    {
        public NameOwner(string instanceId, string accountId, string region)
        {
            InstanceId = instanceId;
            AccountId = accountId;
            Region = region;
        }

        public string InstanceId { get; }
        public string AccountId { get; }
        public string Region { get; }
    }
}
