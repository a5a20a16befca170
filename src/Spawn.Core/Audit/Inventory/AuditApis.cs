using System.Collections.Generic;

namespace Spawn.Audit.Inventory
{
    /// <summary>One AWS API the collector calls and the IAM action that authorises it.</summary>
    public sealed class AuditApi
    {
        internal AuditApi(string name, string iamAction)
        {
            Name = name;
            IamAction = iamAction;
        }

        public string Name { get; }
        public string IamAction { get; }

        public override string ToString() => Name;
    }

    /// <summary>
    /// Every call the audit makes, in one list: the collector names them when counting and reporting errors, and
    /// Get-SpawnAuditPermission prints their IAM actions, so the printed policy cannot drift from the code.
    /// </summary>
    public static class AuditApis
    {
        public static readonly AuditApi DescribeInstances = new AuditApi("DescribeInstances", "ec2:DescribeInstances");
        public static readonly AuditApi DescribeVolumes = new AuditApi("DescribeVolumes", "ec2:DescribeVolumes");
        public static readonly AuditApi DescribeSecurityGroups = new AuditApi("DescribeSecurityGroups", "ec2:DescribeSecurityGroups");
        public static readonly AuditApi DescribeNetworkAcls = new AuditApi("DescribeNetworkAcls", "ec2:DescribeNetworkAcls");
        public static readonly AuditApi DescribeRouteTables = new AuditApi("DescribeRouteTables", "ec2:DescribeRouteTables");
        public static readonly AuditApi DescribeSubnets = new AuditApi("DescribeSubnets", "ec2:DescribeSubnets");
        public static readonly AuditApi DescribeVpcs = new AuditApi("DescribeVpcs", "ec2:DescribeVpcs");
        public static readonly AuditApi DescribeInternetGateways = new AuditApi("DescribeInternetGateways", "ec2:DescribeInternetGateways");
        public static readonly AuditApi DescribeKeyPairs = new AuditApi("DescribeKeyPairs", "ec2:DescribeKeyPairs");
        public static readonly AuditApi DescribeManagedPrefixLists = new AuditApi("DescribeManagedPrefixLists", "ec2:DescribeManagedPrefixLists");
        public static readonly AuditApi GetManagedPrefixListEntries = new AuditApi("GetManagedPrefixListEntries", "ec2:GetManagedPrefixListEntries");
        public static readonly AuditApi GetEbsEncryptionByDefault = new AuditApi("GetEbsEncryptionByDefault", "ec2:GetEbsEncryptionByDefault");
        public static readonly AuditApi DescribeInstanceAttribute = new AuditApi("DescribeInstanceAttribute", "ec2:DescribeInstanceAttribute");
        public static readonly AuditApi DescribeKey = new AuditApi("DescribeKey", "kms:DescribeKey");
        public static readonly AuditApi GetKeyRotationStatus = new AuditApi("GetKeyRotationStatus", "kms:GetKeyRotationStatus");
        public static readonly AuditApi GetKeyPolicy = new AuditApi("GetKeyPolicy", "kms:GetKeyPolicy");
        public static readonly AuditApi GetInstanceProfile = new AuditApi("GetInstanceProfile", "iam:GetInstanceProfile");
        public static readonly AuditApi ListRolePolicies = new AuditApi("ListRolePolicies", "iam:ListRolePolicies");
        public static readonly AuditApi GetRolePolicy = new AuditApi("GetRolePolicy", "iam:GetRolePolicy");
        public static readonly AuditApi ListAttachedRolePolicies = new AuditApi("ListAttachedRolePolicies", "iam:ListAttachedRolePolicies");
        public static readonly AuditApi GetPolicy = new AuditApi("GetPolicy", "iam:GetPolicy");
        public static readonly AuditApi GetPolicyVersion = new AuditApi("GetPolicyVersion", "iam:GetPolicyVersion");
        public static readonly AuditApi ListHostedZones = new AuditApi("ListHostedZonesByName", "route53:ListHostedZonesByName");
        public static readonly AuditApi ListResourceRecordSets = new AuditApi("ListResourceRecordSets", "route53:ListResourceRecordSets");
        public static readonly AuditApi GetCallerIdentity = new AuditApi("GetCallerIdentity", "sts:GetCallerIdentity");

        /// <summary>Only with -RoleArn, and granted in the caller's account on the audit roles, not in the audited ones.</summary>
        public static readonly AuditApi AssumeRole = new AuditApi("AssumeRole", "sts:AssumeRole");

        public static readonly IReadOnlyList<AuditApi> All = new[]
        {
            DescribeInstances, DescribeVolumes, DescribeSecurityGroups, DescribeNetworkAcls, DescribeRouteTables, DescribeSubnets,
            DescribeVpcs, DescribeInternetGateways, DescribeKeyPairs, DescribeManagedPrefixLists, GetManagedPrefixListEntries,
            GetEbsEncryptionByDefault, DescribeInstanceAttribute, DescribeKey, GetKeyRotationStatus, GetKeyPolicy,
            GetInstanceProfile, ListRolePolicies, GetRolePolicy, ListAttachedRolePolicies, GetPolicy, GetPolicyVersion,
            ListHostedZones, ListResourceRecordSets, GetCallerIdentity,
        };
    }
}
