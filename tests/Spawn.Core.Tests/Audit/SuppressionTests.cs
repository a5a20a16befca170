using System;
using Spawn.Audit;
using Spawn.Audit.Suppressions;
using Xunit;

namespace Spawn.Tests.Audit
{
    public class SuppressionTests
    {
        private static AuditFinding Finding(string check = "SPAWN-EC2-001", string arn = "arn:aws:ec2:us-east-1:123456789012:instance/i-1") => new AuditFinding
        {
            CheckId = check, Status = AuditStatus.Fail, EffectiveSeverity = AuditSeverity.High,
            Resource = new AuditResource { Arn = arn, Id = "i-1", Tags = { ["team"] = "data" } },
        };

        private const string Valid = @"{""Suppressions"":[
            {""Id"":""imds-legacy"",""CheckId"":""EC2-001"",""Resource"":""arn:aws:ec2:*:123456789012:instance/i-*"",""Justification"":""legacy agent"",""Owner"":""ops"",""ExpiresAt"":""2999-01-01T00:00:00Z""},
            {""Id"":""old"",""Tag"":""team=data"",""Justification"":""x"",""Owner"":""y"",""ExpiresAt"":""2001-01-01T00:00:00Z""},
            {""Id"":""never"",""CheckId"":""SPAWN-KMS-001"",""Justification"":""x"",""Owner"":""y"",""ExpiresAt"":""2999-01-01""}]}";

        [Fact]
        public void Matching_rule_suppresses_without_changing_status()
        {
            var set = SuppressionSet.FromJson(Valid, "s.json");
            var f = Finding();
            set.Apply(f, DateTimeOffset.UtcNow);
            Assert.True(f.Suppressed);
            Assert.Equal(AuditStatus.Fail, f.Status);
            Assert.Equal("imds-legacy", f.Suppression!.RuleId);
            Assert.Contains("never", set.Unused);
        }

        [Fact]
        public void Expired_rule_reopens_the_finding()
        {
            var set = SuppressionSet.FromJson(Valid, "s.json");
            var f = Finding(check: "SPAWN-EBS-001");
            set.Apply(f, DateTimeOffset.UtcNow);
            Assert.False(f.Suppressed);
            Assert.True(f.Suppression!.Expired);
            Assert.Equal(new[] { "old" }, set.Expired);
        }

        [Theory]
        [InlineData(@"{""Suppressions"":[{""CheckId"":""EC2-001"",""Owner"":""o"",""ExpiresAt"":""2999-01-01""}]}", "no Justification")]
        [InlineData(@"{""Suppressions"":[{""CheckId"":""EC2-001"",""Justification"":""j"",""Owner"":""o""}]}", "no ExpiresAt")]
        [InlineData(@"{""Suppressions"":[{""CheckId"":""EC2-001"",""Justification"":""j"",""Owner"":""o"",""ExpiresAt"":""soon""}]}", "not a date")]
        [InlineData(@"{""Suppressions"":[{""Justification"":""j"",""Owner"":""o"",""ExpiresAt"":""2999-01-01""}]}", "matches everything")]
        [InlineData(@"{""Suppressions"":[{""CheckId"":""x"",""Justification"":""j"",""Owner"":""o"",""ExpiresAt"":""2999-01-01"",""Typo"":1}]}", "unknown field")]
        [InlineData(@"{""Suppressions"":", "not valid JSON")]
        public void Invalid_files_are_refused(string json, string why)
        {
            var e = Assert.Throws<SpawnValidationException>(() => SuppressionSet.FromJson(json, "s.json"));
            Assert.Equal(SuppressionSet.InvalidErrorId, e.ErrorId);
            Assert.Contains(why, e.Message);
        }
    }
}
