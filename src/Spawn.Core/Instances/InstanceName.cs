using Spawn.Dns;

namespace Spawn.Instances
{
    /// <summary>
    /// An instance name is exactly one DNS label, so it can become the instance's DNS record without rewriting.
    /// The label rule itself lives in <see cref="RecordName"/> (shared with the DNS endpoint and cmdlets); this
    /// only gives the refusal the instance cmdlets' error id.
    /// </summary>
    public static class InstanceName
    {
        public const string InvalidName = "InvalidInstanceName";

        public static bool IsValid(string? name) => RecordName.IsValid(name);

        public static string Validate(string name)
        {
            try
            {
                return RecordName.Parse(name).Value;
            }
            catch (SpawnValidationException e)
            {
                throw new SpawnValidationException(InvalidName, $"'{name}' is not a valid instance name: {e.Message}", name);
            }
        }
    }
}
