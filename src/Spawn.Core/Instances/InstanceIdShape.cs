using System.Text.RegularExpressions;

namespace Spawn.Instances
{
    /// <summary>The shape of an EC2 instance id (i- and 8 or 17 hex digits).</summary>
    public static class InstanceIdShape
    {
        public const string InvalidInstanceId = "InvalidInstanceId";

        private static readonly Regex Shape = new Regex("^i-([0-9a-f]{8}|[0-9a-f]{17})$", RegexOptions.CultureInvariant);

        public static string Validate(string id)
        {
            if (id == null || !Shape.IsMatch(id))
            {
                throw new SpawnValidationException(InvalidInstanceId, $"'{id}' is not an EC2 instance id (i- followed by 8 or 17 hex digits).", id);
            }
            return id;
        }
    }
}
