using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Spawn.Instances
{
    /// <summary>The shape of an EC2 instance type (t3.micro, m7i-flex.large, c6gd.16xlarge, u-6tb1.metal).</summary>
    public static class InstanceTypeName
    {
        public const string InvalidType = "InvalidInstanceType";

        private static readonly Regex Shape = new Regex(@"^[a-z][a-z0-9-]{0,15}\.[a-z0-9-]{1,20}$", RegexOptions.CultureInvariant);

        /// <summary>Common types offered by tab completion; any type matching the shape is accepted.</summary>
        public static IReadOnlyList<string> Common { get; } = new[]
        {
            "t3.nano", "t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge",
            "t4g.nano", "t4g.micro", "t4g.small", "t4g.medium", "t4g.large",
            "m7i.large", "m7i.xlarge", "m7g.large", "m7g.xlarge", "c7i.large", "c7i.xlarge", "c7g.large",
            "r7i.large", "r7g.large", "g5.xlarge", "g6.xlarge",
        };

        public static string Validate(string type)
        {
            if (type == null || !Shape.IsMatch(type))
            {
                throw new SpawnValidationException(InvalidType,
                    $"'{type}' is not an EC2 instance type (family.size, for example t3.micro).", type);
            }
            return type;
        }
    }
}
