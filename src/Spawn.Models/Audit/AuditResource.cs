using System.Collections.Generic;

namespace Spawn.Audit
{
    /// <summary>The AWS resource a finding is about. Account and region level settings get a pseudo ARN (documented in the help).</summary>
    public sealed class AuditResource
    {
        public string Arn { get; set; } = "";
        public string Id { get; set; } = "";

        /// <summary>CloudFormation type name, e.g. AWS::EC2::Instance.</summary>
        public string Type { get; set; } = "";

        public string? Name { get; set; }
        public string AccountId { get; set; } = "";
        public string Region { get; set; } = "";
        public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();
    }
}
