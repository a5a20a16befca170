namespace Spawn.Aws
{
    /// <summary>Where one resolved AWS setting came from (never its value when the value is a secret).</summary>
    public sealed class SettingProvenance
    {
        public SettingProvenance(string setting, string source)
        {
            Setting = setting;
            Source = source;
        }

        public string Setting { get; }
        public string Source { get; }

        public override string ToString() => $"{Setting}: {Source}";
    }
}
