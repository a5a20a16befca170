namespace Spawn.Dns.Registration
{
    /// <summary>What the instance asks for: point its name at its public address, or remove it.</summary>
    public enum RecordAction
    {
        Upsert,
        Delete,
    }
}
