using Spawn.Iam;
using System;
using System.Collections.Generic;
using System.Linq;
using Spawn.Audit.Inventory;

namespace Spawn.Audit.Policies
{
    /// <summary>
    /// What an instance role's permissions allow, read from its inline and attached policy documents. Deny statements
    /// and permission boundaries are not subtracted, so a finding may overstate what the role can do (never understate).
    /// </summary>
    public sealed class RolePolicyAnalysis
    {
        private static readonly string[] AdminPolicyNames = { "AdministratorAccess", "IAMFullAccess", "PowerUserAccess" };

        private static readonly string[] EscalationActions =
        {
            "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:AttachRolePolicy", "iam:AttachUserPolicy",
            "iam:AttachGroupPolicy", "iam:PutRolePolicy", "iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:UpdateAssumeRolePolicy",
            "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:AddUserToGroup", "sts:AssumeRole",
            "ssm:SendCommand", "ssm:StartSession", "ec2:ModifyInstanceAttribute",
        };

        private static readonly string[] PassRoleTargets = { "ec2:RunInstances", "lambda:CreateFunction", "cloudformation:CreateStack" };

        private static readonly string[] SecretActions =
        {
            "kms:Decrypt", "kms:GenerateDataKey", "secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParameters",
            "ssm:GetParametersByPath", "s3:GetObject",
        };

        private static readonly string[] TaggingActions = { "ec2:CreateTags", "ec2:DeleteTags", "tag:TagResources", "tag:UntagResources" };
        private static readonly string[] TagGuardKeys = { "aws:requesttag/", "aws:tagkeys", "ec2:createaction" };

        private readonly List<(string Label, PolicyStatement Statement)> _statements = new List<(string, PolicyStatement)>();

        public RolePolicyAnalysis(InstanceRole role)
        {
            foreach (var policy in role.Policies)
            {
                if (policy.Arn != null && AdminPolicyNames.Any(n => policy.Arn.EndsWith(":policy/" + n, StringComparison.Ordinal)))
                {
                    AdminGrants.Add(policy.Arn);
                }
                if (!policy.Document.Ok)
                {
                    Unreadable.Add(policy.Document.Error!);
                    continue;
                }
                try
                {
                    var statements = PolicyStatement.Parse(policy.Document.Value);
                    for (var i = 0; i < statements.Count; i++)
                    {
                        _statements.Add((statements[i].Label(policy.Name, i), statements[i]));
                    }
                }
                catch (FormatException e)
                {
                    Unreadable.Add(new AuditCollectionError { Action = "policy", ErrorId = "AuditPolicyUnreadable", Message = e.Message, Resource = policy.Arn ?? policy.Name });
                }
            }
            AdminGrants.AddRange(_statements.Where(x => x.Statement.GrantsEverything).Select(x => x.Label));
            Escalations = EscalationActions.SelectMany(a => Granting(a, onAll: true).Select(l => l + ": " + a)).ToList();
            var passRole = Granting("iam:PassRole", onAll: true).ToList();
            if (passRole.Count > 0)
            {
                foreach (var target in PassRoleTargets.Where(t => Granting(t, onAll: false).Any()))
                {
                    Escalations.Add(passRole[0] + ": iam:PassRole with " + target);
                }
            }
            SecretAccess = SecretActions.SelectMany(a => Granting(a, onAll: true).Select(l => l + ": " + a)).ToList();
            var abac = _statements.Where(x => x.Statement.Allow && x.Statement.ConditionKeys.Any(k => k.StartsWith("ec2:resourcetag/", StringComparison.Ordinal) || k.StartsWith("aws:resourcetag/", StringComparison.Ordinal)))
                .Select(x => x.Label).ToList();
            var tagging = _statements.Where(x => x.Statement.Allow && x.Statement.OnAllResources
                    && TaggingActions.Any(x.Statement.Grants)
                    && !x.Statement.ConditionKeys.Any(k => TagGuardKeys.Any(g => k.StartsWith(g, StringComparison.Ordinal))))
                .Select(x => x.Label).ToList();
            if (abac.Count > 0 && tagging.Count > 0)
            {
                TagTampering = $"{string.Join(", ", abac)} conditioned on resource tags; {string.Join(", ", tagging)} can re-tag any resource without aws:RequestTag/aws:TagKeys/ec2:CreateAction";
            }
        }

        /// <summary>Statements or managed-policy ARNs that make the role administrative.</summary>
        public List<string> AdminGrants { get; } = new List<string>();
        public List<string> Escalations { get; }
        public List<string> SecretAccess { get; }
        public string? TagTampering { get; }

        /// <summary>Policies whose documents could not be read; a verdict of "nothing found" is then not a Pass.</summary>
        public List<AuditCollectionError> Unreadable { get; } = new List<AuditCollectionError>();

        public bool IsAdmin => AdminGrants.Count > 0;
        public bool IsPrivileged => IsAdmin || Escalations.Count > 0 || SecretAccess.Count > 0;

        private IEnumerable<string> Granting(string action, bool onAll) =>
            _statements.Where(x => x.Statement.Grants(action) && (!onAll || x.Statement.OnAllResources)).Select(x => x.Label);
    }
}
