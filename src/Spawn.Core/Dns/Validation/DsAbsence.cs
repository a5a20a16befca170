namespace Spawn.Dns.Validation
{
    /// <summary>What a signed "no DS here" answer proves about a name on the way down.</summary>
    internal enum DsAbsence
    {
        /// <summary>The name is inside the current zone (no delegation): keep walking with the same keys.</summary>
        NotAZoneCut,

        /// <summary>The name is delegated and has no DS: everything below is unsigned as far as the parent says.</summary>
        InsecureDelegation,

        /// <summary>The name does not exist, so neither does anything below it.</summary>
        NameMissing,
    }
}
