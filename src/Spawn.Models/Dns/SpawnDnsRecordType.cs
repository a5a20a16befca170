namespace Spawn
{
    /// <summary>The record types Spawn manages: what an instance registers (A, AAAA) and notes beside it (TXT).</summary>
    public enum SpawnDnsRecordType
    {
        A,
        AAAA,
        TXT,
    }
}
