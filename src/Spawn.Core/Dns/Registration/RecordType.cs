namespace Spawn.Dns.Registration
{
    /// <summary>The record types an instance may register: its public IPv4 (A) or IPv6 (AAAA) address.</summary>
    public enum RecordType
    {
        A,
        Aaaa,
    }
}
