using System.Collections.Generic;
using Spawn.Audit;
using Spawn.Audit.Inventory;
using Spawn.Audit.Policies;
using Spawn.Iam;
using Xunit;

namespace Spawn.Tests.Audit
{
    public class PolicyAnalysisTests
    {
        private static RolePolicyAnalysis Analyse(params string[] documents)
        {
            var policies = new List<RolePolicy>();
            for (var i = 0; i < documents.Length; i++)
            {
                policies.Add(new RolePolicy("p" + i, null, Collected<string>.Success(documents[i])));
            }
            return new RolePolicyAnalysis(new InstanceRole("arn:aws:iam::123456789012:instance-profile/x", new InstanceProfile(), policies));
        }

        [Fact]
        public void Star_on_star_is_admin()
        {
            Assert.True(Analyse(@"{""Statement"":{""Effect"":""Allow"",""Action"":""*"",""Resource"":""*""}}").IsAdmin);
        }

        [Fact]
        public void NotAction_on_star_is_admin()
        {
            Assert.True(Analyse(@"{""Statement"":[{""Effect"":""Allow"",""NotAction"":""iam:*"",""Resource"":""*""}]}").IsAdmin);
        }

        [Fact]
        public void AdministratorAccess_by_arn_is_admin_even_unread()
        {
            var role = new InstanceRole("arn:x", new InstanceProfile(), new[]
            {
                new RolePolicy("AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess",
                    Collected<string>.Failure(new AuditCollectionError { Action = "iam:GetPolicyVersion", ErrorId = "AwsAccessDenied", Message = "no" })),
            });
            var analysis = new RolePolicyAnalysis(role);
            Assert.True(analysis.IsAdmin);
            Assert.Single(analysis.Unreadable);
        }

        [Fact]
        public void Scoped_s3_read_is_not_privileged()
        {
            var a = Analyse(@"{""Statement"":[{""Effect"":""Allow"",""Action"":[""s3:GetObject""],""Resource"":""arn:aws:s3:::bucket/*""}]}");
            Assert.False(a.IsPrivileged);
        }

        [Fact]
        public void Iam_wildcard_on_star_escalates()
        {
            var a = Analyse(@"{""Statement"":[{""Effect"":""Allow"",""Action"":""iam:*"",""Resource"":""*""}]}");
            Assert.Contains(a.Escalations, e => e.EndsWith("iam:PutRolePolicy"));
        }

        [Fact]
        public void PassRole_with_RunInstances_escalates()
        {
            var a = Analyse(@"{""Statement"":[{""Effect"":""Allow"",""Action"":[""iam:PassRole"",""ec2:RunInstances""],""Resource"":""*""}]}");
            Assert.Contains(a.Escalations, e => e.Contains("iam:PassRole with ec2:RunInstances"));
        }

        [Fact]
        public void Wildcard_secret_access_is_reported()
        {
            var a = Analyse(@"{""Statement"":[{""Effect"":""Allow"",""Action"":""secretsmanager:Get*"",""Resource"":""*""}]}");
            Assert.Contains(a.SecretAccess, e => e.EndsWith("secretsmanager:GetSecretValue"));
        }

        [Fact]
        public void Abac_with_unrestricted_tagging_is_tampering()
        {
            var a = Analyse(@"{""Statement"":[
                {""Effect"":""Allow"",""Action"":""ec2:StopInstances"",""Resource"":""*"",""Condition"":{""StringEquals"":{""ec2:ResourceTag/spawn:owner"":""${aws:PrincipalArn}""}}},
                {""Effect"":""Allow"",""Action"":""ec2:CreateTags"",""Resource"":""*""}]}");
            Assert.NotNull(a.TagTampering);
        }

        [Fact]
        public void Abac_with_tag_key_guard_is_not_tampering()
        {
            var a = Analyse(@"{""Statement"":[
                {""Effect"":""Allow"",""Action"":""ec2:StopInstances"",""Resource"":""*"",""Condition"":{""StringEquals"":{""aws:ResourceTag/team"":""a""}}},
                {""Effect"":""Allow"",""Action"":""ec2:CreateTags"",""Resource"":""*"",""Condition"":{""ForAllValues:StringEquals"":{""aws:TagKeys"":[""Name""]}}}]}");
            Assert.Null(a.TagTampering);
        }

        [Fact]
        public void Trust_policy_with_an_account_principal_is_foreign()
        {
            var foreign = TrustPolicy.ForeignPrincipals(@"{""Statement"":[{""Effect"":""Allow"",""Principal"":{""Service"":""ec2.amazonaws.com"",""AWS"":""arn:aws:iam::999999999999:root""},""Action"":""sts:AssumeRole""}]}");
            Assert.Equal(new[] { "AWS:arn:aws:iam::999999999999:root" }, foreign);
            Assert.Empty(TrustPolicy.ForeignPrincipals(@"{""Statement"":[{""Effect"":""Allow"",""Principal"":{""Service"":[""ec2.amazonaws.com""]},""Action"":""sts:AssumeRole""}]}"));
        }
    }
}
