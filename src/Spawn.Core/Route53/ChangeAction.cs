namespace Spawn.Route53
{
    /// <summary>What a change does to its record set.</summary>
    public enum ChangeAction
    {
        Create,
        Delete,
        Upsert,
    }
}
