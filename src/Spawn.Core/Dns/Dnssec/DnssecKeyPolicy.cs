using System.Text.Json;

namespace Spawn.Dns.Dnssec
{
    /// <summary>
    /// The key policy Route 53 DNSSEC signing needs on a KMS key: the account keeps full control; the
    /// dnssec-route53.amazonaws.com service may read and sign with the key only for this account and this hosted zone
    /// (aws:SourceAccount, aws:SourceArn, against the confused-deputy problem), and may create grants only for AWS
    /// resources (kms:GrantIsForAWSResource).
    /// </summary>
    public static class DnssecKeyPolicy
    {
        public const string ServicePrincipal = "dnssec-route53.amazonaws.com";

        public static string For(string partition, string accountId, string hostedZoneId) => JsonSerializer.Serialize(new
        {
            Version = "2012-10-17",
            Id = "spawn-dnssec",
            Statement = new object[]
            {
                new
                {
                    Sid = "AccountAdministers",
                    Effect = "Allow",
                    Principal = new { AWS = $"arn:{partition}:iam::{accountId}:root" },
                    Action = "kms:*",
                    Resource = "*",
                },
                new
                {
                    Sid = "Route53DnssecSigns",
                    Effect = "Allow",
                    Principal = new { Service = ServicePrincipal },
                    Action = new[] { "kms:DescribeKey", "kms:GetPublicKey", "kms:Sign" },
                    Resource = "*",
                    Condition = new
                    {
                        StringEquals = new System.Collections.Generic.Dictionary<string, string> { ["aws:SourceAccount"] = accountId },
                        ArnLike = new System.Collections.Generic.Dictionary<string, string> { ["aws:SourceArn"] = $"arn:{partition}:route53:::hostedzone/{hostedZoneId}" },
                    },
                },
                new
                {
                    Sid = "Route53DnssecGrants",
                    Effect = "Allow",
                    Principal = new { Service = ServicePrincipal },
                    Action = "kms:CreateGrant",
                    Resource = "*",
                    Condition = new
                    {
                        Bool = new System.Collections.Generic.Dictionary<string, string> { ["kms:GrantIsForAWSResource"] = "true" },
                    },
                },
            },
        });
    }
}
