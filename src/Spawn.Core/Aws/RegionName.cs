using System.Text.RegularExpressions;

namespace Spawn.Aws
{
    /// <summary>The shape of an AWS region name (us-east-1, eu-central-2, us-gov-west-1, cn-north-1...).</summary>
    public static class RegionName
    {
        private static readonly Regex Shape = new Regex(@"\A[a-z]{2}(-[a-z]+)+-[0-9]{1,2}\z", RegexOptions.CultureInvariant);

        public static bool IsValid(string? name) => name != null && name.Length <= 32 && Shape.IsMatch(name);
    }
}
