using Spawn.Iam;
using System.Collections.Generic;
using System.Linq;

namespace Spawn.Audit.Policies
{
    /// <summary>Who may assume a role, from its trust policy: every Allow principal other than the EC2 service.</summary>
    public static class TrustPolicy
    {
        public const string Ec2Service = "ec2.amazonaws.com";

        public static IReadOnlyList<string> ForeignPrincipals(string document) =>
            PolicyStatement.Parse(document)
                .Where(s => s.Allow)
                .SelectMany(s => s.Principals.SelectMany(p => p.Value.Select(v => p.Key + ":" + v)))
                .Where(p => p != "Service:" + Ec2Service)
                .Distinct()
                .ToList();
    }
}
